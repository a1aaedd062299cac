/**
 * The information page about the Association.
 */
@NullMarked
package ru.rosnou.international.association.ui;

import org.jspecify.annotations.NullMarked;
