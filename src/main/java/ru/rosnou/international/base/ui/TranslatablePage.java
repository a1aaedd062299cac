package ru.rosnou.international.base.ui;

import java.util.Optional;

/**
 * A page that knows where its translation lives. The header's language switch asks it;
 * an empty answer means there is none, and the switch leads to the other language's home page.
 */
public interface TranslatablePage {

    Optional<String> translationPath();
}
