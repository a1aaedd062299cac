package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** An image with its caption. */
@Tag("figure")
public class Figure extends HtmlContainer {

    public Figure(Component... components) {
        super(components);
    }
}
