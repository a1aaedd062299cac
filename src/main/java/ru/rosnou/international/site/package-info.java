/**
 * The site put together: the layout of every page (header with the toolbar, navigation, footer), the
 * first-response renderer that draws reading pages as complete HTML, and the error pages. Nothing depends on it.
 */
@NullMarked
package ru.rosnou.international.site;

import org.jspecify.annotations.NullMarked;
