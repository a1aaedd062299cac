package ru.rosnou.international.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theUrlDecidesTheLanguage() {
        assertThat(Language.ofPath("/en/info-center/inform/x")).isEqualTo(Language.EN);
        assertThat(Language.ofPath("en")).isEqualTo(Language.EN);
        assertThat(Language.ofPath("/")).isEqualTo(Language.RU);
        assertThat(Language.ofPath("info-center/inform/x")).isEqualTo(Language.RU);
        assertThat(Language.ofPath("english-news")).isEqualTo(Language.RU);
        assertThat(Language.ofPath(null)).isEqualTo(Language.RU);
    }

    @Test
    void pathsArePrefixedForEnglishOnly() {
        assertThat(Language.EN.path("association")).isEqualTo("en/association");
        assertThat(Language.EN.path("")).isEqualTo("en");
        assertThat(Language.RU.path("association")).isEqualTo("association");
        assertThat(Language.RU.path("")).isEmpty();
    }

    @Test
    void aTypedTextIsRussianWhenItHasCyrillicLetters() {
        assertThat(Language.ofText("РосНОУ во ВКонтакте")).isEqualTo(Language.RU);
        assertThat(Language.ofText("RosNOU на RuTube")).isEqualTo(Language.RU);
        assertThat(Language.ofText("RosNOU on Telegram")).isEqualTo(Language.EN);
        assertThat(Language.ofText("")).isEqualTo(Language.EN);
    }
}
