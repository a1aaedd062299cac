/**
 * Keeping the profiles and giving them to the footer.
 */
@NullMarked
package ru.rosnou.international.social.service;

import org.jspecify.annotations.NullMarked;
