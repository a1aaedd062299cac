/**
 * Commands for running the site in production that are not part of serving it: copying an H2 data folder into
 * PostgreSQL, the online H2 backup and the management port's door. They work on the database directly and depend on no view or service. Types are non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package ru.rosnou.international.operations;

import org.jspecify.annotations.NullMarked;
