/**
 * Editors' accounts and the records of failed sign-ins (per account and per address).
 */
@NullMarked
package ru.rosnou.international.security.domain;

import org.jspecify.annotations.NullMarked;
