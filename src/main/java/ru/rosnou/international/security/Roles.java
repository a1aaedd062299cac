package ru.rosnou.international.security;

/**
 * The roles of the editors' workspace, as Spring Security and Vaadin's {@code @RolesAllowed} name them. An
 * administrator holds both. Constants, so that an annotation and a check cannot spell a role differently.
 */
public final class Roles {

    /** Writes news, answers questions, keeps the social network profiles. */
    public static final String EDITOR = "EDITOR";
    /** Also manages the editors' accounts. */
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
