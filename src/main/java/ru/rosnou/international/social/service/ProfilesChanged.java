package ru.rosnou.international.social.service;

import ru.rosnou.international.base.events.ContentChanged;

/** The social network profiles in every page's footer were added, moved or deleted. */
public record ProfilesChanged() implements ContentChanged {}
