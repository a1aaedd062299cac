package ru.rosnou.international.news.service;

/** A topic as a reader sees it in one language. */
public record TopicName(String slug, String name) {}
