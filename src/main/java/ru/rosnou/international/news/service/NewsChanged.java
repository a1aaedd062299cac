package ru.rosnou.international.news.service;

import ru.rosnou.international.base.events.ContentChanged;

/** Published after editors change the news (publish, edit, unpublish, delete), once the change is committed. */
public record NewsChanged() implements ContentChanged {}
