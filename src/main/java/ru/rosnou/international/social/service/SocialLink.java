package ru.rosnou.international.social.service;

import ru.rosnou.international.social.domain.SocialNetwork;

/** A footer link to a social network profile. */
public record SocialLink(SocialNetwork network, String url, String accessibleName) {}
