/**
 * Shared view parts: page metadata, links, pagination, forms, the live region, dialogs, focus, and the
 * reading-page base class. They know no feature.
 */
@NullMarked
package ru.rosnou.international.base.ui;

import org.jspecify.annotations.NullMarked;
