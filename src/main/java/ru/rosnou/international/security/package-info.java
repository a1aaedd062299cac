/**
 * Signing editors in and out: Spring Security's configuration, the sign-in provider and handlers, the role names.
 * Depends on base only, so that every feature may name the roles.
 */
@NullMarked
package ru.rosnou.international.security;

import org.jspecify.annotations.NullMarked;
