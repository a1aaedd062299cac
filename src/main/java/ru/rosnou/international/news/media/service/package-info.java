/**
 * Accepting an uploaded image (its type proved by its bytes, its metadata taken out, its size checked) and
 * deciding who may see it.
 */
@NullMarked
package ru.rosnou.international.news.media.service;

import org.jspecify.annotations.NullMarked;
