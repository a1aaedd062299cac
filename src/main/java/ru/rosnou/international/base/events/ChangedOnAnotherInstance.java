package ru.rosnou.international.base.events;

/** Another instance of the site has changed something readers see: what this one keeps is out of date. */
public record ChangedOnAnotherInstance() implements ContentChanged {}
