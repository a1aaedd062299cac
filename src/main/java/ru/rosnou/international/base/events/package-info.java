/**
 * Content-change events and their relay to the other instances behind the load balancer.
 */
@NullMarked
package ru.rosnou.international.base.events;

import org.jspecify.annotations.NullMarked;
