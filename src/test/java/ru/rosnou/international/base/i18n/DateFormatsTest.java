package ru.rosnou.international.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final LocalDate SEED_DATE = LocalDate.of(2020, 9, 25);

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertThat(DateFormats.format(SEED_DATE, Language.EN)).isEqualTo("25 September 2020");
        assertThat(DateFormats.format(SEED_DATE, Language.RU)).isEqualTo("25 сентября 2020 г.");
        assertThat(DateFormats.machineReadable(SEED_DATE)).isEqualTo("2020-09-25");
    }

    @Test
    void monthsStandAloneInTheNominative() {
        assertThat(DateFormats.monthYear(LocalDate.of(2019, 10, 1), Language.RU))
                .isEqualTo("октябрь 2019 г.");
        assertThat(DateFormats.monthYear(LocalDate.of(2019, 10, 1), Language.EN))
                .isEqualTo("October 2019");
    }

    @Test
    void spansOfDaysShowBothEnds() {
        assertThat(DateFormats.span(LocalDate.of(2018, 5, 18), LocalDate.of(2018, 5, 20), Language.EN))
                .isEqualTo("18–20 May 2018");
        assertThat(DateFormats.span(LocalDate.of(2018, 5, 18), LocalDate.of(2018, 5, 20), Language.RU))
                .isEqualTo("18–20 мая 2018 г.");
        assertThat(DateFormats.span(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 2), Language.EN))
                .isEqualTo("30 September 2019 – 2 October 2019");
        assertThat(DateFormats.span(SEED_DATE, SEED_DATE, Language.EN)).isEqualTo("25 September 2020");
    }
}
