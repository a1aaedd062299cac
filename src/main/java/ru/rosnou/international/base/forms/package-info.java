/**
 * What forms share below the views: the one result of checking what someone submitted ({@link
 * ru.rosnou.international.base.forms.Problems}). Plain Java, usable by services.
 */
@NullMarked
package ru.rosnou.international.base.forms;

import org.jspecify.annotations.NullMarked;
