/**
 * Accounts, the first administrator, and the guards against guessing passwords.
 */
@NullMarked
package ru.rosnou.international.security.service;

import org.jspecify.annotations.NullMarked;
