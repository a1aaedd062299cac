/**
 * The table of the site's addresses ({@code SiteAddresses}), and servlet filters and controllers for every request:
 * security headers, size limits, sessions, assets, metrics.
 */
@NullMarked
package ru.rosnou.international.base.web;

import org.jspecify.annotations.NullMarked;
