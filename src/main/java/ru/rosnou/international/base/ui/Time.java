package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import java.time.LocalDate;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;

/** A date readers can read and machines can parse: {@code <time datetime="2020-09-25">}. */
@Tag("time")
public class Time extends HtmlComponent {

    public Time(LocalDate date, Language language) {
        this(date, DateFormats.format(date, language));
    }

    /** A date shown in another form, e.g. a span of days; the attribute keeps the first day. */
    public Time(LocalDate date, String text) {
        getElement().setAttribute("datetime", DateFormats.machineReadable(date));
        getElement().setText(text);
    }
}
