/**
 * Serving uploaded images under {@code /media/}.
 */
@NullMarked
package ru.rosnou.international.news.media.ui;

import org.jspecify.annotations.NullMarked;
