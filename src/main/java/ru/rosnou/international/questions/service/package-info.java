/**
 * Receiving questions (with the checks against robots), the editors' inbox and the published FAQ.
 */
@NullMarked
package ru.rosnou.international.questions.service;

import org.jspecify.annotations.NullMarked;
