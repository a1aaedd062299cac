/**
 * The accessibility toolbar on every page, the endpoint its form posts to without JavaScript, and the
 * accessibility statement.
 */
@NullMarked
package ru.rosnou.international.accessibility.ui;

import org.jspecify.annotations.NullMarked;
