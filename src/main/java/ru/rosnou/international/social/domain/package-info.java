/**
 * The university's social network profiles shown in the footer.
 */
@NullMarked
package ru.rosnou.international.social.domain;

import org.jspecify.annotations.NullMarked;
