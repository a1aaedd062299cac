package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.ui.ErrorSummary;
import ru.rosnou.international.base.ui.NativeFields;
import ru.rosnou.international.base.ui.NativeForm;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
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
@Route(value = SiteAddresses.ASK)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.ASK)
@AnonymousAllowed
@ReadsQuery({"topic"})
public class AskQuestionView extends ReadingView {

    /** The request attribute in which the controller hands this view a form that was sent back. */
    public static final String SENT_BACK = AskQuestionView.class.getName() + ".sentBack";

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
        NativeFields fields = new NativeFields(this, "ask", sentBack.errors());
        NativeForm form = form(sentBack.draft(), fields);
        if (sentBack.problem() != null) {
            add(new ErrorSummary("ask", getTranslation("ask.problem.title"))
                    .message(getTranslation(sentBack.problem())));
        }
        fields.summary().ifPresent(this::add);
        add(form);
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

    private NativeForm form(QuestionDraft draft, NativeFields fields) {
        Paragraph required = new Paragraph(getTranslation("ask.allRequired"));
        required.addClassName("ask-required-note");

        int left = Math.max(0, Question.MAX_TEXT - draft.getText().length());
        Paragraph counter =
                fields.hint("text", "counter", getTranslation("ask.field.text.counter", left, Question.MAX_TEXT));
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
                NativeFields.hidden("shown", stamps.issue()),
                required,
                fields.text(
                        "fullName",
                        "text",
                        "ask.field.name",
                        draft.getFullName(),
                        Question.MAX_NAME,
                        Map.of("autocomplete", "name")),
                fields.text(
                        "email",
                        "email",
                        "ask.field.email",
                        draft.getEmail(),
                        Question.MAX_EMAIL,
                        Map.of("autocomplete", "email", "spellcheck", "false"),
                        fields.hint("email", "hint", getTranslation("ask.field.email.help"))),
                fields.radios(
                        "topic",
                        "ask.field.topic",
                        Arrays.stream(QuestionTopic.values())
                                .map(topic -> new NativeFields.Choice(
                                        topic.name(),
                                        getTranslation("ask.topic." + topic.name()),
                                        topic == draft.getTopic()))
                                .toList()),
                fields.textArea("text", "ask.field.text", draft.getText(), 8, Question.MAX_TEXT, counter),
                fields.checkbox(
                        "consent",
                        "yes",
                        draft.isConsent(),
                        new Span(getTranslation("ask.field.consent") + " "),
                        SiteLinks.anchor(SiteLinks.privacy(language()), getTranslation("ask.field.consent.policy"))),
                honeypot(draft.getWebsite()),
                send);
        form.setId("ask-form");
        form.addClassName("ask-form");
        return form;
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
        Div trap = new Div(NativeFields.label("ask-website", getTranslation("ask.field.website")), website);
        trap.addClassName("ask-trap");
        trap.getElement().setAttribute("aria-hidden", "true");
        return trap;
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
