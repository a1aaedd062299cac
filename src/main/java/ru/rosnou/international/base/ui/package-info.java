/**
 * Shared view parts: links, pagination, forms, the live region, dialogs, focus and page titles. They know no
 * feature. The reading-page engine (the base class of public pages, their address and metadata) is in
 * {@code base.reading}.
 */
@NullMarked
package ru.rosnou.international.base.ui;

import org.jspecify.annotations.NullMarked;
