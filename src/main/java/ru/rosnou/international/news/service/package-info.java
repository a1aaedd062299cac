/**
 * Reading, editing and searching the news; sample content; feeds and sitemap data.
 */
@NullMarked
package ru.rosnou.international.news.service;

import org.jspecify.annotations.NullMarked;
