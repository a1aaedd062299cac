package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** A plain {@code <textarea>} of a {@link NativeForm}; its text is its value, escaped like any text. */
@Tag("textarea")
public class NativeTextArea extends HtmlComponent {

    public NativeTextArea(String name, String value) {
        getElement().setAttribute("name", name);
        getElement().setText(value == null ? "" : value);
    }
}
