package ru.rosnou.international.news.service;

/** Published after editors change the news (publish, edit, unpublish, delete), once the change is committed. */
public record NewsChanged() {
}
