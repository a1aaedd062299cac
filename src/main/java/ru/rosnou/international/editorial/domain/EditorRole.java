package ru.rosnou.international.editorial.domain;

/** EDITOR keeps the content; ADMIN also manages the editors' accounts. */
public enum EditorRole {
    EDITOR, ADMIN
}
