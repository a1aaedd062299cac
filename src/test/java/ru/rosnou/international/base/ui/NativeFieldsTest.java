package ru.rosnou.international.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rosnou.international.KaribuTest;

/** The field kit of public forms: one call draws a field with its label, hint and error tied together. */
class NativeFieldsTest extends KaribuTest {

    @Test
    void aFieldWithAProblemIsDescribedByItsHintAndItsErrorAndTheSummaryFollowsTheForm() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("agree", "ask.error.consent.required");
        errors.put("homeEmail", "ask.error.email.required");
        NativeFields fields = new NativeFields(UI.getCurrent(), "demo", errors);

        Div email = fields.text(
                "homeEmail",
                "email",
                "ask.field.email",
                "a@b",
                100,
                Map.of("autocomplete", "email"),
                fields.hint("homeEmail", "hint", "We answer here"));
        fields.checkbox("agree", "yes", false, new Span("I agree"));

        Element input = email.getElement().getChild(3);
        assertThat(input.getAttribute("id")).isEqualTo("demo-home-email");
        assertThat(input.getAttribute("aria-describedby")).isEqualTo("demo-home-email-hint demo-home-email-error");
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("autocomplete")).isEqualTo("email");
        assertThat(email.getElement().getChild(2).getTextRecursively()).isEqualTo("Error: Enter your e-mail address");
        assertThat(email.hasClassName("field-with-error")).isTrue();

        List<String> links = fields.summary()
                .orElseThrow()
                .getChildren()
                .flatMap(child -> child.getChildren())
                .flatMap(item -> item.getChildren())
                .filter(Anchor.class::isInstance)
                .map(link -> ((Anchor) link).getHref())
                .toList();
        assertThat(links).as("in the order the fields were drawn").containsExactly("#demo-home-email", "#demo-agree");
        assertThat(new NativeFields(UI.getCurrent(), "demo", Map.of()).summary())
                .isEmpty();
    }
}
