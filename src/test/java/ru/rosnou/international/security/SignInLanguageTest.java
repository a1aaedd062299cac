package ru.rosnou.international.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLanguageTest {

    @Test
    void theSavedPageIsReducedToAPathOnThisSite() {
        assertThat(SignInLanguage.withinSite("http://evil.example/en/editor/social?x=1", ""))
                .isEqualTo("/en/editor/social?x=1");
        assertThat(SignInLanguage.withinSite("https://news.rosnou.ru//evil.example/x", ""))
                .isEqualTo("/evil.example/x");
        assertThat(SignInLanguage.withinSite("http://host/site/editor", "/site"))
                .isEqualTo("/editor");
        assertThat(SignInLanguage.withinSite("http://host", "")).isEqualTo("/");
        assertThat(SignInLanguage.withinSite("not a url at all", "")).isEqualTo("/");
    }
}
