package ru.rosnou.international.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Russian interface texts stay twins: the same keys, each text filled in, and the same
 * placeholders, so that no reader meets a missing text, a raw key or a sentence without its number.
 */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = bundle("translations.properties");
        Properties russian = bundle("translations_ru.properties");

        assertThat(russian.stringPropertyNames())
                .as("keys missing in Russian, or only there")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsFilledInAndHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties english = bundle("translations.properties");
        Properties russian = bundle("translations_ru.properties");

        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            assertThat(russian.getProperty(key, "")).as("Russian " + key).isNotBlank();
            assertThat(placeholders(russian.getProperty(key, "")))
                    .as("placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
