/**
 * The search results page.
 */
@NullMarked
package ru.rosnou.international.news.search.ui;

import org.jspecify.annotations.NullMarked;
