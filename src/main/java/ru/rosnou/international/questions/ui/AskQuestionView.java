package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.ui.ErrorSummary;
import ru.rosnou.international.base.ui.NativeForm;
import ru.rosnou.international.base.ui.NativeTextArea;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.FormStamps;
import ru.rosnou.international.questions.service.QuestionDraft;

/**
 * "Ask a question" as a plain form that the browser posts to {@link AskQuestionController}: it arrives complete,
 * works with JavaScript off and loads no Vaadin client. A form sent back with problems shows them in a summary at
 * the top, which takes focus and links to each field, and next to each field; everything the reader typed is
 * still there. A question that is stored leads to {@link QuestionSentView}.
 */
@Route(value = SiteLinks.ASK_PATH)
@RouteAlias(value = "en/" + SiteLinks.ASK_PATH)
@AnonymousAllowed
@ReadsQuery({"topic"})
public class AskQuestionView extends ReadingView {

    /** The request attribute in which the controller hands this view a form that was sent back. */
    public static final String SENT_BACK = AskQuestionView.class.getName() + ".sentBack";

    /** The fields in the order of the form, by the name the draft and the service give them. */
    private static final Map<String, String> FIELD_IDS = Map.of(
            "fullName",
            "ask-full-name",
            "email",
            "ask-email",
            "topic",
            "ask-topic",
            "text",
            "ask-text",
            "consent",
            "ask-consent");

    private static final List<String> FIELD_ORDER = List.of("fullName", "email", "topic", "text", "consent");

    private final FormStamps stamps;

    public AskQuestionView(FormStamps stamps) {
        this.stamps = stamps;
        addClassName("ask-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        SentBack sentBack = Optional.ofNullable(VaadinRequest.getCurrent())
                .map(request -> request.getAttribute(SENT_BACK))
                .filter(SentBack.class::isInstance)
                .map(SentBack.class::cast)
                .orElseGet(() -> SentBack.preset(address.single("topic").flatMap(AskQuestionView::topicOf)));
        add(
                new H1(getTranslation("ask.title")),
                new Paragraph(getTranslation("ask.intro")),
                new Paragraph(
                        new Span(getTranslation("ask.faq.before") + " "),
                        SiteLinks.anchor(SiteLinks.faq(language()), getTranslation("ask.faq.link"))));
        summary(sentBack).ifPresent(this::add);
        add(form(sentBack.draft(), sentBack.errors()));
        String title = getTranslation("ask.title");
        return Optional.of(PageMetadata.website(
                sentBack.hasProblems() ? getTranslation("form.error.title", title) : title,
                getTranslation("ask.intro"),
                SiteLinks.ask(language()),
                Optional.of(SiteLinks.ask(language().other()))));
    }

    /** Each page carries the signed time it was shown at, so it is drawn for each reader. */
    @Override
    public boolean sameForEveryReader() {
        return false;
    }

    private Optional<ErrorSummary> summary(SentBack sentBack) {
        if (sentBack.problem() != null) {
            return Optional.of(new ErrorSummary("ask", getTranslation("ask.problem.title"))
                    .message(getTranslation(sentBack.problem())));
        }
        if (sentBack.errors().isEmpty()) {
            return Optional.empty();
        }
        ErrorSummary summary = new ErrorSummary(
                "ask", getTranslation("form.errors.title", sentBack.errors().size()));
        FIELD_ORDER.stream()
                .filter(sentBack.errors()::containsKey)
                .forEach(field -> summary.problem(
                        FIELD_IDS.get(field),
                        focusTarget(field),
                        getTranslation(sentBack.errors().get(field))));
        return Optional.of(summary);
    }

    /** The control a summary link leads to: a radio group's first button, otherwise the field itself. */
    private static String focusTarget(String field) {
        return field.equals("topic") ? topicId(QuestionTopic.values()[0]) : FIELD_IDS.get(field);
    }

    private NativeForm form(QuestionDraft draft, Map<String, String> errors) {
        Paragraph required = new Paragraph(getTranslation("ask.allRequired"));
        required.addClassName("ask-required-note");
        Input stamp = hidden("shown", stamps.issue());

        Div name = textField("fullName", "text", draft.getFullName(), Question.MAX_NAME, errors, List.of());
        input(name).getElement().setAttribute("autocomplete", "name");
        Paragraph emailHint = hint("ask-email-hint", getTranslation("ask.field.email.help"));
        Div email = textField("email", "email", draft.getEmail(), Question.MAX_EMAIL, errors, List.of(emailHint));
        input(email).getElement().setAttribute("autocomplete", "email");
        input(email).getElement().setAttribute("spellcheck", "false");

        int left = Math.max(0, Question.MAX_TEXT - draft.getText().length());
        Paragraph counter = hint("ask-text-counter", getTranslation("ask.field.text.counter", left, Question.MAX_TEXT));
        // The reader script keeps the counter current as the reader types, from this template.
        counter.getElement()
                .setAttribute("data-template", getTranslation("ask.field.text.counter", "{0}", Question.MAX_TEXT));
        counter.getElement().setAttribute("data-max", Integer.toString(Question.MAX_TEXT));

        NativeButton send = new NativeButton(getTranslation("ask.send"));
        send.setId("ask-send");
        send.getElement().setAttribute("type", "submit");
        send.addClassName("button-primary");

        NativeForm form = new NativeForm(
                SiteLinks.ask(language()),
                stamp,
                required,
                name,
                email,
                topics(draft.getTopic(), errors),
                textArea(draft.getText(), counter, errors),
                consent(draft.isConsent(), errors),
                honeypot(draft.getWebsite()),
                send);
        form.setId("ask-form");
        form.addClassName("ask-form");
        return form;
    }

    private Div textField(
            String field, String type, String value, int maxLength, Map<String, String> errors, List<Paragraph> hints) {
        String id = FIELD_IDS.get(field);
        Input input = new Input();
        input.setId(id);
        input.getElement().setAttribute("type", type);
        input.getElement().setAttribute("name", field);
        input.getElement().setAttribute("maxlength", Integer.toString(maxLength));
        // No "required" attribute (GOV.UK's practice): Chromium exposes an empty required field as invalid before
        // the reader has typed anything. The note above the form says it in text; the server checks.
        input.getElement().setAttribute("aria-required", "true");
        if (value != null && !value.isEmpty()) {
            input.getElement().setAttribute("value", value);
        }
        return field(field, label(id, "ask.field." + labelKey(field)), input, hints, errors);
    }

    private Div textArea(String value, Paragraph counter, Map<String, String> errors) {
        NativeTextArea text = new NativeTextArea("text", value);
        text.setId("ask-text");
        text.getElement().setAttribute("rows", "8");
        text.getElement().setAttribute("maxlength", Integer.toString(Question.MAX_TEXT));
        text.getElement().setAttribute("aria-required", "true");
        return field("text", label("ask-text", "ask.field.text"), text, List.of(counter), errors);
    }

    /** Label, hints, the error message when there is one, then the control, tied together for screen readers. */
    private Div field(
            String field, NativeLabel label, Component control, List<Paragraph> hints, Map<String, String> errors) {
        Div group = new Div(label);
        group.addClassName("field");
        List<String> describedBy = new ArrayList<>();
        hints.forEach(hint -> {
            group.add(hint);
            describedBy.add(hint.getId().orElseThrow());
        });
        errorMessage(field, errors).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            describedBy.add(message.getId().orElseThrow());
            control.getElement().setAttribute("aria-invalid", "true");
        });
        if (!describedBy.isEmpty()) {
            control.getElement().setAttribute("aria-describedby", String.join(" ", describedBy));
        }
        group.add(control);
        return group;
    }

    private FieldSet topics(QuestionTopic chosen, Map<String, String> errors) {
        FieldSet group = new FieldSet(getTranslation("ask.field.topic"));
        group.setId("ask-topic");
        group.addClassName("field");
        // Required and invalid belong to the group, not to each radio: a radio group may carry both (a fieldset may
        // take the radiogroup role), a single radio may not.
        group.getElement().setAttribute("role", "radiogroup");
        group.getElement().setAttribute("aria-required", "true");
        errorMessage("topic", errors).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            group.getElement().setAttribute("aria-describedby", message.getId().orElseThrow());
            group.getElement().setAttribute("aria-invalid", "true");
        });
        for (QuestionTopic topic : QuestionTopic.values()) {
            Input radio = new Input();
            radio.setId(topicId(topic));
            radio.getElement().setAttribute("type", "radio");
            radio.getElement().setAttribute("name", "topic");
            radio.getElement().setAttribute("value", topic.name());
            if (topic == chosen) {
                radio.getElement().setAttribute("checked", true);
            }
            Div choice = new Div(radio, label(topicId(topic), "ask.topic." + topic.name()));
            choice.addClassName("field-choice");
            group.add(choice);
        }
        return group;
    }

    private Div consent(boolean given, Map<String, String> errors) {
        Input box = new Input();
        box.setId("ask-consent");
        box.getElement().setAttribute("type", "checkbox");
        box.getElement().setAttribute("name", "consent");
        box.getElement().setAttribute("value", "yes");
        box.getElement().setAttribute("aria-required", "true");
        if (given) {
            box.getElement().setAttribute("checked", true);
        }
        NativeLabel label = new NativeLabel();
        label.setFor("ask-consent");
        Anchor policy = SiteLinks.anchor(SiteLinks.privacy(language()), getTranslation("ask.field.consent.policy"));
        label.add(new Span(getTranslation("ask.field.consent") + " "), policy);
        Div choice = new Div(box, label);
        choice.addClassName("field-choice");
        Div group = new Div();
        group.addClassName("field");
        errorMessage("consent", errors).ifPresent(message -> {
            group.add(message);
            group.addClassName("field-with-error");
            box.getElement().setAttribute("aria-describedby", message.getId().orElseThrow());
            box.getElement().setAttribute("aria-invalid", "true");
        });
        group.add(choice);
        return group;
    }

    /** The honeypot: off screen, out of the tab order and hidden from assistive technology. */
    private Div honeypot(String value) {
        Input website = new Input();
        website.setId("ask-website");
        website.getElement().setAttribute("type", "text");
        website.getElement().setAttribute("name", "website");
        if (value != null && !value.isEmpty()) {
            website.getElement().setAttribute("value", value);
        }
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        Div trap = new Div(label("ask-website", "ask.field.website"), website);
        trap.addClassName("ask-trap");
        trap.getElement().setAttribute("aria-hidden", "true");
        return trap;
    }

    private Optional<Paragraph> errorMessage(String field, Map<String, String> errors) {
        String key = errors.get(field);
        if (key == null) {
            return Optional.empty();
        }
        // "Error:" is read out before the message; the look tells it to sighted readers.
        Span prefix = new Span(getTranslation("form.error.prefix") + " ");
        prefix.addClassName("visually-hidden");
        Paragraph message = new Paragraph(prefix, new Span(getTranslation(key)));
        message.setId(FIELD_IDS.get(field) + "-error");
        message.addClassName("field-error");
        return Optional.of(message);
    }

    private NativeLabel label(String forId, String key) {
        NativeLabel label = new NativeLabel(getTranslation(key));
        label.setFor(forId);
        return label;
    }

    private static Paragraph hint(String id, String text) {
        Paragraph hint = new Paragraph(text);
        hint.setId(id);
        hint.addClassName("field-hint");
        return hint;
    }

    private static Input hidden(String name, String value) {
        Input input = new Input();
        input.getElement().setAttribute("type", "hidden");
        input.getElement().setAttribute("name", name);
        if (!value.isEmpty()) {
            input.getElement().setAttribute("value", value);
        }
        return input;
    }

    private static Input input(Div field) {
        return field.getChildren()
                .filter(Input.class::isInstance)
                .map(Input.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static String labelKey(String field) {
        return field.equals("fullName") ? "name" : field;
    }

    /** A topic as the address names it ({@code ?topic=accessibility}, the statement's link), if it is one. */
    private static Optional<QuestionTopic> topicOf(String name) {
        return Arrays.stream(QuestionTopic.values())
                .filter(topic -> topicId(topic).equals("ask-topic-" + name))
                .findFirst();
    }

    static String topicId(QuestionTopic topic) {
        return "ask-topic-" + topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A form that came back: what the reader typed, the problems by field (message keys), or a problem with the
     * whole form (a message key).
     */
    public record SentBack(QuestionDraft draft, Map<String, String> errors, String problem) {

        /** A fresh form, its topic chosen when the link that led here names one. */
        static SentBack preset(Optional<QuestionTopic> topic) {
            QuestionDraft draft = new QuestionDraft();
            topic.ifPresent(draft::setTopic);
            return new SentBack(draft, Map.of(), null);
        }

        public SentBack {
            errors = Map.copyOf(errors);
        }

        public static SentBack invalid(QuestionDraft draft, Map<String, String> errors) {
            return new SentBack(draft, errors, null);
        }

        public static SentBack refused(QuestionDraft draft, String messageKey) {
            return new SentBack(draft, Map.of(), messageKey);
        }

        boolean hasProblems() {
            return problem != null || !errors.isEmpty();
        }
    }
}
