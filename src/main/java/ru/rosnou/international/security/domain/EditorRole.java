package ru.rosnou.international.security.domain;

/** EDITOR keeps the content; ADMIN also manages the editors' accounts. */
public enum EditorRole {
    EDITOR,
    ADMIN
}
