package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import ru.rosnou.international.base.i18n.Language;

/**
 * A choice of the site's languages, each named in its own language and marked with it, so that a screen reader
 * says "Русский" in a Russian voice on an English page (WCAG 3.1.2).
 */
public class LanguageRadioGroup extends RadioButtonGroup<Language> {

    public LanguageRadioGroup() {
        setItems(Language.values());
        setRenderer(new ComponentRenderer<>(each -> {
            Span name = new Span();
            name.setText(name.getTranslation(each.locale(), "language.name"));
            name.getElement().setAttribute("lang", each.code());
            return name;
        }));
    }
}
