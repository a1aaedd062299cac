package ru.rosnou.international.accessibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ColourScheme;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontFamily;
import ru.rosnou.international.accessibility.domain.ReadingSettings.FontScale;
import ru.rosnou.international.accessibility.domain.ReadingSettings.ImageMode;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LetterSpacing;
import ru.rosnou.international.accessibility.domain.ReadingSettings.LineHeight;

class ReadingSettingsCodecTest {

    @Test
    void everyCombinationOfChoicesSurvivesTheCookie() {
        for (FontScale scale : FontScale.values()) {
            for (ColourScheme scheme : ColourScheme.values()) {
                for (ImageMode images : ImageMode.values()) {
                    ReadingSettings settings = ReadingSettings.DEFAULTS
                            .with(scale)
                            .with(scheme)
                            .with(images)
                            .with(LetterSpacing.LARGE)
                            .with(LineHeight.TWO_AND_HALF)
                            .with(FontFamily.SERIF);
                    assertThat(ReadingSettingsCodec.parse(ReadingSettingsCodec.format(settings)))
                            .isEqualTo(settings);
                }
            }
        }
        ReadingSettings off =
                ReadingSettings.DEFAULTS.with(FontScale.PERCENT_175).withEnabled(false);
        assertThat(ReadingSettingsCodec.parse(ReadingSettingsCodec.format(off))).isEqualTo(off);
    }

    @Test
    void theCookieHoldsOnlyTheSettings() {
        String value = ReadingSettingsCodec.format(ReadingSettings.DEFAULTS.with(FontScale.PERCENT_150));

        assertThat(value).isEqualTo("v1|fs:150|ls:normal|lh:1.5|ff:sans|cs:default|im:show|on:1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "garbage",
                "v2|fs:150",
                "fs:150",
                "v1fs:150",
                "\"><script>alert(1)</script>",
                "v0|cs:white-on-black"
            })
    void unreadableValuesGiveTheDefaults(String value) {
        assertThat(ReadingSettingsCodec.parse(value)).isEqualTo(ReadingSettings.DEFAULTS);
    }

    @Test
    void overlongValuesGiveTheDefaults() {
        assertThat(ReadingSettingsCodec.parse("v1|fs:150|" + "x".repeat(500))).isEqualTo(ReadingSettings.DEFAULTS);
    }

    @Test
    void eachUnknownValueFallsBackOnItsOwnWhileTheOthersHold() {
        ReadingSettings settings = ReadingSettingsCodec.parse(
                "v1|fs:150|ls:huge|lh:9|ff:comic|cs:white-on-black\"onmouseover=\"x|im:hide|zz:1|broken|on:1");

        assertThat(settings.fontScale()).isEqualTo(FontScale.PERCENT_150);
        assertThat(settings.letterSpacing()).isEqualTo(LetterSpacing.NORMAL);
        assertThat(settings.lineHeight()).isEqualTo(LineHeight.NORMAL);
        assertThat(settings.fontFamily()).isEqualTo(FontFamily.SANS_SERIF);
        assertThat(settings.colourScheme()).isEqualTo(ColourScheme.DEFAULT);
        assertThat(settings.images()).isEqualTo(ImageMode.HIDE);
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void theHtmlCarriesNothingUntilTheReaderChoosesAndOnlyTheSwitchInTheNormalVersion() {
        assertThat(ReadingSettings.DEFAULTS.htmlAttributes()).isEmpty();

        ReadingSettings chosen = ReadingSettings.DEFAULTS.with(ColourScheme.BROWN_ON_BEIGE);
        assertThat(chosen.htmlAttributes())
                .containsEntry("data-a11y", "on")
                .containsEntry("data-scheme", "brown-on-beige")
                .containsEntry("data-font-scale", "100");

        assertThat(chosen.withEnabled(false).htmlAttributes()).isEqualTo(Map.of("data-a11y", "off"));
        assertThat(chosen.withEnabled(false).withEnabled(true)).isEqualTo(chosen);
    }

    @Test
    void resetGoesBackToTheDefaultsButStaysAnExplicitChoice() {
        ReadingSettings reset = ReadingSettings.DEFAULTS
                .with(FontScale.PERCENT_200)
                .with(ImageMode.GREYSCALE)
                .reset();

        assertThat(reset.fontScale()).isEqualTo(FontScale.PERCENT_100);
        assertThat(reset.images()).isEqualTo(ImageMode.SHOW);
        assertThat(reset.chosen()).isTrue();
        assertThat(reset.htmlAttributes()).containsEntry("data-scheme", "default");
    }
}
