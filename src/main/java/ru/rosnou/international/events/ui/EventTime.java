package ru.rosnou.international.events.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.events.service.EventDetails;

/**
 * When an event is, as a {@code <time>} element: the day or days of an all-day event in its own zone ("18–20 May
 * 2018"), or the day and hours of any other in Moscow time with the zone named ("1 May 2040, 10:00–12:00 Moscow
 * time"). The attribute holds the start: a date, or a date and time with its offset.
 */
@Tag("time")
class EventTime extends HtmlComponent {

    EventTime(EventDetails event, I18NProvider words) {
        Language language = event.language();
        if (event.allDay()) {
            getElement().setAttribute("datetime", DateFormats.machineReadable(event.firstDay()));
            getElement().setText(DateFormats.span(event.firstDay(), event.lastDay(), language));
            return;
        }
        ZonedDateTime start = event.start().withZoneSameInstant(DateFormats.ZONE);
        ZonedDateTime end = event.end().withZoneSameInstant(DateFormats.ZONE);
        getElement().setAttribute("datetime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start));
        String text = start.toLocalDate().equals(end.toLocalDate())
                ? words.getTranslation(
                        "events.when.timed",
                        language.locale(),
                        DateFormats.format(start.toLocalDate(), language),
                        DateFormats.timeOfDay(start.toLocalTime()),
                        DateFormats.timeOfDay(end.toLocalTime()))
                : words.getTranslation(
                        "events.when.timedSpan",
                        language.locale(),
                        DateFormats.format(start.toLocalDate(), language),
                        DateFormats.timeOfDay(start.toLocalTime()),
                        DateFormats.format(end.toLocalDate(), language),
                        DateFormats.timeOfDay(end.toLocalTime()));
        getElement().setText(text);
    }
}
