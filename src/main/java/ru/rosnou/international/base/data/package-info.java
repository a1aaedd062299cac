/**
 * Database parts every feature may use: limits per client shared by all instances.
 */
@NullMarked
package ru.rosnou.international.base.data;

import org.jspecify.annotations.NullMarked;
