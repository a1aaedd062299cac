/**
 * Languages, plural forms and date formats: plain Java, usable from every layer.
 */
@NullMarked
package ru.rosnou.international.base.i18n;

import org.jspecify.annotations.NullMarked;
