/**
 * The reading-page engine: public pages drawn from their address alone and served complete in their first HTML
 * response, without Vaadin's client. A reader's path: the site's filter ({@code site.FirstResponsePages}) reads the
 * address ({@link ReadingRoutes}: path, view, query), answers from the kept pages or has the page drawn
 * ({@link ReadingView#show}, in the site's layout, inside {@link CurrentVaadin}), writes the head
 * ({@link DocumentHead}) and the body ({@link StaticHtml}), and sends it with its tag ({@link DrawnPage#send}).
 * That is the only way they reach a browser: the router knows their routes (for the lookup, and for view tests),
 * but sends a live page's browser to load the address ({@link ReadingView#beforeEnter}). Below the features, which
 * extend {@link ReadingView}.
 */
@NullMarked
package ru.rosnou.international.base.reading;

import org.jspecify.annotations.NullMarked;
