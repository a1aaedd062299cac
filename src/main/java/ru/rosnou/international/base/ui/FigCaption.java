package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** The caption of a figure. */
@Tag("figcaption")
public class FigCaption extends HtmlContainer {

    public FigCaption(Component... components) {
        super(components);
    }
}
