package ru.rosnou.international.base.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as each language writes them: "25 September 2020", "25 сентября 2020 г.". */
public final class DateFormats {

    /** The university's time zone: a date without a time means that day in Moscow. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Language.EN.locale());
    // MMMM in a Russian formatting context yields the genitive month name ("сентября").
    private static final DateTimeFormatter RUSSIAN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Language.RU.locale());

    private static final DateTimeFormatter ENGLISH_MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Language.EN.locale());
    // LLLL is the stand-alone (nominative) month: "октябрь".
    private static final DateTimeFormatter RUSSIAN_MONTH =
            DateTimeFormatter.ofPattern("LLLL yyyy 'г.'", Language.RU.locale());

    /** A moment as the editors' lists show it, in Moscow time: "2026-11-24 14:05". */
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private DateFormats() {}

    /** "2026-11-24 14:05": a moment in Moscow time, the same in both languages (the editors' inbox). */
    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }

    /** "October 2019", "октябрь 2019 г.": for facts known to the month. */
    public static String monthYear(LocalDate date, Language language) {
        return (language == Language.EN ? ENGLISH_MONTH : RUSSIAN_MONTH).format(date);
    }

    /** A day or a span of days: "18–20 May 2018", "30 September 2019 – 2 October 2019". */
    public static String span(LocalDate start, LocalDate end, Language language) {
        if (start.equals(end)) {
            return format(start, language);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + format(end, language);
        }
        return format(start, language) + " – " + format(end, language);
    }

    public static String format(LocalDate date, Language language) {
        return (language == Language.EN ? ENGLISH : RUSSIAN).format(date);
    }

    /**
     * How a date is typed and shown in a date field, day first as both languages write it: "24.11.2026",
     * "24/11/2026" (a date picker's format understands only numbers: d, dd, M, MM, yy, yyyy).
     */
    public static String inputPattern(Language language) {
        return language == Language.EN ? "dd/MM/yyyy" : "dd.MM.yyyy";
    }

    /** Shorter ways of typing a date that a date field also understands: "4.11.2026", "4/11/26". */
    public static String[] otherInputPatterns(Language language) {
        String separator = language == Language.EN ? "/" : ".";
        return new String[] {"d" + separator + "M" + separator + "yyyy", "d" + separator + "M" + separator + "yy"};
    }

    /** The zone stored with a thing that happens somewhere (an event's), by its id: "Europe/Moscow". */
    public static ZoneId zone(String id) {
        return ZoneId.of(id);
    }

    /** A time of day, the same in both languages: "10:00". */
    public static String timeOfDay(LocalTime time) {
        return TIME_OF_DAY.format(time);
    }

    /** The value of a {@code <time datetime>} attribute. */
    public static String machineReadable(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
}
