/**
 * Readers' questions and their answers.
 */
@NullMarked
package ru.rosnou.international.questions.domain;

import org.jspecify.annotations.NullMarked;
