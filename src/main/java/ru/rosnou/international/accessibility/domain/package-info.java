/**
 * The reader's settings of the "version for the visually impaired" (font scale, letter spacing, colour scheme,
 * images) and their compact form in a cookie. Plain values: no entity, nothing stored on the server.
 */
@NullMarked
package ru.rosnou.international.accessibility.domain;

import org.jspecify.annotations.NullMarked;
