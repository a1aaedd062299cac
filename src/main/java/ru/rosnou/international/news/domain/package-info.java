/**
 * Articles, topics, images and the search index mapping.
 */
@NullMarked
package ru.rosnou.international.news.domain;

import org.jspecify.annotations.NullMarked;
