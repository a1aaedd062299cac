/**
 * Articles, topics and the images an article shows (their upload in {@code news.media}, the index in
 * {@code news.search}).
 */
@NullMarked
package ru.rosnou.international.news.domain;

import org.jspecify.annotations.NullMarked;
