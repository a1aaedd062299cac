package ru.rosnou.international.base.reading;

import com.vaadin.flow.router.RouteParameters;

/** The view that draws an address, with the address's route parameters (an article's slug). */
public record ReadingPage(Class<? extends ReadingView> view, RouteParameters parameters) {}
