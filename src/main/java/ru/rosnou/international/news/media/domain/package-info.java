/**
 * Uploaded images kept in the database under random public names, and the migration that gave them those names.
 */
@NullMarked
package ru.rosnou.international.news.media.domain;

import org.jspecify.annotations.NullMarked;
