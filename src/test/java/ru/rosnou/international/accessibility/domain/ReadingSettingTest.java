package ru.rosnou.international.accessibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.rosnou.international.accessibility.domain.ReadingSettings.Choice;

/** Each setting of the toolbar is described once: its names do not collide and its texts exist in both languages. */
class ReadingSettingTest {

    @Test
    void everySettingHasNamesOfItsOwnInEachVocabulary() {
        for (Function<ReadingSetting, String> name : List.<Function<ReadingSetting, String>>of(
                ReadingSetting::cookieKey,
                ReadingSetting::pageName,
                ReadingSetting::formField,
                ReadingSetting::attribute,
                ReadingSetting::labelKey)) {
            assertThat(Arrays.stream(ReadingSetting.values()).map(name)).doesNotHaveDuplicates();
        }
        assertThat(ReadingSettings.HTML_ATTRIBUTE_NAMES).doesNotHaveDuplicates().contains("data-a11y");
    }

    @Test
    void everyValueBelongsToOneSettingAndTheDefaultIsOneOfThem() {
        for (ReadingSetting setting : ReadingSetting.values()) {
            assertThat(setting.choices()).contains(setting.defaultValue());
            for (Choice value : setting.choices()) {
                assertThat(ReadingSetting.of(value)).isEqualTo(setting);
                assertThat(setting.value(value.code())).contains(value);
            }
            assertThat(ReadingSettings.DEFAULTS.get(setting)).isEqualTo(setting.defaultValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations.properties", "vaadin-i18n/translations_ru.properties"})
    void everySettingAndValueIsNamedInBothLanguages(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (ReadingSetting setting : ReadingSetting.values()) {
            assertThat(texts).containsKey(setting.labelKey());
            for (Choice value : setting.choices()) {
                assertThat(texts).containsKey(setting.labelKey(value));
            }
        }
    }
}
