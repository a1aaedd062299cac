/**
 * Rules for text typed by people: normalising, composing, making visible text from markup.
 */
@NullMarked
package ru.rosnou.international.base.text;

import org.jspecify.annotations.NullMarked;
