/**
 * The news list, article pages, feeds, sitemap, and the editors' news pages with their image list (the search page
 * is in {@code news.search.ui}, images are served by {@code news.media.ui}).
 */
@NullMarked
package ru.rosnou.international.news.ui;

import org.jspecify.annotations.NullMarked;
