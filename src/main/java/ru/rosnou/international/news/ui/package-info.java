/**
 * The news list, article pages, search, feeds, sitemap, and the editors' news pages.
 */
@NullMarked
package ru.rosnou.international.news.ui;

import org.jspecify.annotations.NullMarked;
