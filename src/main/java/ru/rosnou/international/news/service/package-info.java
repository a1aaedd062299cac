/**
 * Reading and editing the news; sample content; feeds and sitemap data (searching in {@code news.search}, uploads
 * in {@code news.media}).
 */
@NullMarked
package ru.rosnou.international.news.service;

import org.jspecify.annotations.NullMarked;
