package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/**
 * A plain HTML form that the browser posts itself: it works with JavaScript off and needs no Vaadin client, so
 * a page with one can arrive complete. The browser's own checks are off ({@code novalidate}): the server checks
 * and answers with an error summary and messages by the fields, the same in every browser.
 */
@Tag("form")
public class NativeForm extends HtmlContainer {

    /** @param action the site path the form is posted to, such as {@code en/ask} */
    public NativeForm(String action, Component... components) {
        super(components);
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", SiteLinks.href(action));
        getElement().setAttribute("novalidate", true);
    }
}
