/**
 * The Association of Japanese and Russian Universities: its profile, congresses and member universities.
 */
@NullMarked
package ru.rosnou.international.association.domain;

import org.jspecify.annotations.NullMarked;
