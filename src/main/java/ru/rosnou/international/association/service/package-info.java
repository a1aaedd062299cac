/**
 * The Association's page content for a language, with the news that mention it.
 */
@NullMarked
package ru.rosnou.international.association.service;

import org.jspecify.annotations.NullMarked;
