package ru.rosnou.international.social.domain;

/** The networks the university keeps profiles on. */
public enum SocialNetwork {
    VK,
    TELEGRAM,
    ODNOKLASSNIKI,
    RUTUBE,
    YOUTUBE,
    OTHER
}
