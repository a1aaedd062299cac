/**
 * The editors' workspace shared by every feature: its page frame and navigation, its home page, and the
 * administrators' users page.
 */
@NullMarked
package ru.rosnou.international.workspace.ui;

import org.jspecify.annotations.NullMarked;
