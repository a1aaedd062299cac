/**
 * The editors' page for the social network profiles.
 */
@NullMarked
package ru.rosnou.international.social.ui;

import org.jspecify.annotations.NullMarked;
