package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import ru.rosnou.international.base.i18n.Language;

/**
 * A search landmark: a plain GET form to the language's results page, with a labelled search field and a button.
 * It works with JavaScript off and on live pages alike (the browser sends it; nothing is Vaadin's).
 */
@Tag("form")
public class SearchForm extends HtmlContainer {

    /** Longest query the field accepts as typed; the server reads at most this much too. */
    public static final int MAX_LENGTH = 200;

    /**
     * @param idPrefix    makes the ids unique when a page has two (the header's and the results page's)
     * @param landmark    the landmark's name, which tells two search landmarks apart
     * @param label       the field's label
     * @param labelShown  whether the label is visible (the header's is read out only: its button says "Search")
     * @param value       what the field holds, the current query on the results page
     */
    public SearchForm(
            Language language, String idPrefix, String landmark, String label, boolean labelShown, String value) {
        Element form = getElement();
        form.setAttribute("role", "search");
        form.setAttribute("method", "get");
        form.setAttribute("action", SiteLinks.href(SiteLinks.search(language)));
        form.setAttribute("aria-label", landmark);
        form.getClassList().add("search-form");

        String fieldId = idPrefix + "-q";
        Element labelElement = new Element("label");
        labelElement.setAttribute("for", fieldId);
        labelElement.setText(label);
        labelElement.getClassList().add(labelShown ? "search-label" : "visually-hidden");
        Element input = new Element("input");
        input.setAttribute("type", "search");
        input.setAttribute("id", fieldId);
        input.setAttribute("name", "q");
        input.setAttribute("maxlength", Integer.toString(MAX_LENGTH));
        input.setAttribute("enterkeyhint", "search");
        input.setAttribute("spellcheck", "true");
        input.setAttribute("autocomplete", "off");
        if (value != null && !value.isEmpty()) {
            input.setAttribute("value", value);
        }
        Element button = new Element("button");
        button.setAttribute("type", "submit");
        button.setText(getTranslation("search.button"));
        button.getClassList().add("search-button");
        Element row = new Element("div");
        row.getClassList().add("search-row");
        row.appendChild(input, button);
        form.appendChild(labelElement, row);
    }
}
