package ru.rosnou.international.questions.service;

import ru.rosnou.international.base.i18n.Language;

/** A reader's question was stored (published after the storing transaction), for the site's metrics. */
public record QuestionReceived(Language language) {}
