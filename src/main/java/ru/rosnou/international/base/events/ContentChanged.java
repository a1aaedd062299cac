package ru.rosnou.international.base.events;

/**
 * Published (as a Spring application event) when something readers see has changed: news, the FAQ, the social
 * network profiles in the footer. Pages drawn before the change are not served again.
 */
public interface ContentChanged {}
