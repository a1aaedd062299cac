/**
 * The login page, in both languages.
 */
@NullMarked
package ru.rosnou.international.security.ui;

import org.jspecify.annotations.NullMarked;
