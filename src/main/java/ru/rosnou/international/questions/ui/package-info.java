/**
 * The question form (which works without JavaScript), its confirmation, the FAQ, the privacy notice, and the
 * editors' inbox.
 */
@NullMarked
package ru.rosnou.international.questions.ui;

import org.jspecify.annotations.NullMarked;
