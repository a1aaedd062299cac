package ru.rosnou.international.questions.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.TranslatablePage;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.QuestionDraft;
import ru.rosnou.international.questions.service.QuestionService;
import ru.rosnou.international.questions.service.SubmissionResult;

/**
 * "Ask a question": errors next to each field and in a summary at the top whose links move to the fields;
 * focus goes to the summary. On success a confirmation with the reference is shown and announced. Whatever
 * goes wrong, everything the reader typed stays in the form.
 */
@Route(value = SiteLinks.ASK_PATH, layout = MainLayout.class)
@RouteAlias(value = "en/" + SiteLinks.ASK_PATH, layout = MainLayout.class)
@AnonymousAllowed
public class AskQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private static final Logger log = LoggerFactory.getLogger(AskQuestionView.class);

    private final QuestionService questions;
    private Language language = Language.RU;
    private Instant shownAt;

    private final Section summary = new Section();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final RadioButtonGroup<QuestionTopic> topic = new RadioButtonGroup<>();
    private final TextArea text = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final Input website = new Input();
    private final Div form = new Div();

    public AskQuestionView(QuestionService questions) {
        this.questions = questions;
        addClassName("ask-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        shownAt = questions.formShown();
        removeAll();
        H1 title = new H1(getTranslation("ask.title"));
        Paragraph intro = new Paragraph(getTranslation("ask.intro"));
        Paragraph faq = new Paragraph(new Span(getTranslation("ask.faq.before") + " "),
                SiteLinks.anchor(SiteLinks.faq(language), getTranslation("ask.faq.link")));
        add(title, intro, faq, summary, buildForm());
        summary.setVisible(false);
    }

    private Div buildForm() {
        form.removeAll();
        form.addClassName("ask-form");
        Paragraph required = new Paragraph(getTranslation("ask.allRequired"));
        required.addClassName("ask-required-note");

        configure(fullName, "ask-full-name", "ask.field.name");
        fullName.setMaxLength(Question.MAX_NAME);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);

        configure(email, "ask-email", "ask.field.email");
        email.setMaxLength(Question.MAX_EMAIL);
        email.setHelperText(getTranslation("ask.field.email.help"));

        topic.setId("ask-topic");
        topic.setLabel(getTranslation("ask.field.topic"));
        topic.setRequiredIndicatorVisible(true);
        // This view checks on submit and writes its own messages; Vaadin's built-in check would mark an
        // empty required field invalid with no message (for instance once the form is emptied after a save).
        topic.setManualValidation(true);
        topic.setItems(QuestionTopic.values());
        topic.setItemLabelGenerator(value -> getTranslation("ask.topic." + value.name()));
        // A radio group rather than a drop-down: every choice visible, one Tab stop, arrow keys between.
        topic.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        configure(text, "ask-text", "ask.field.text");
        text.setMaxLength(Question.MAX_TEXT);
        text.setMinHeight("10rem");
        // The counter is helper text: read with the field, never announced on every keystroke.
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(600);
        text.addValueChangeListener(change -> updateCounter());
        updateCounter();

        consent.setId("ask-consent");
        Span consentText = new Span(getTranslation("ask.field.consent") + " ");
        Anchor policy = SiteLinks.anchor(SiteLinks.privacy(language), getTranslation("ask.field.consent.policy"));
        consent.setLabelComponent(new Span(consentText, policy));
        consent.setRequiredIndicatorVisible(true);
        consent.setManualValidation(true);

        // The honeypot: off screen, out of the tab order and hidden from assistive technology.
        website.setId("ask-website");
        website.getElement().setAttribute("name", "website");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        NativeLabel websiteLabel = new NativeLabel(getTranslation("ask.field.website"));
        websiteLabel.setFor("ask-website");
        Div trap = new Div(websiteLabel, website);
        trap.addClassName("ask-trap");
        trap.getElement().setAttribute("aria-hidden", "true");

        Button send = new Button(getTranslation("ask.send"), click -> send());
        send.setId("ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        form.add(required, fullName, email, topic, text, consent, trap, send);
        return form;
    }

    private <F extends Component & HasLabel & HasSize & HasValue<?, ?> & HasValidation> void configure(
            F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setWidthFull();
    }

    private void updateCounter() {
        int left = Question.MAX_TEXT - text.getValue().length();
        text.setHelperText(getTranslation("ask.field.text.counter", Math.max(0, left), Question.MAX_TEXT));
    }

    void send() {
        QuestionDraft draft = new QuestionDraft();
        draft.setFullName(fullName.getValue());
        draft.setEmail(email.getValue());
        draft.setTopic(topic.getValue());
        draft.setText(text.getValue());
        draft.setConsent(Boolean.TRUE.equals(consent.getValue()));
        draft.setWebsite(website.getValue());
        String client = Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse(null);
        SubmissionResult result;
        try {
            result = questions.submit(draft, language, client, shownAt);
        } catch (RuntimeException e) {
            log.error("A question could not be stored", e);
            showProblem(getTranslation("ask.failed"));
            return;
        }
        if (result instanceof SubmissionResult.Accepted accepted) {
            showConfirmation(accepted.reference());
        } else if (result instanceof SubmissionResult.Invalid invalid) {
            showErrors(invalid.errors());
        } else if (result instanceof SubmissionResult.Refused refused) {
            showProblem(getTranslation(refused.messageKey()));
        }
    }

    private Map<String, Component> fieldsByName() {
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("fullName", fullName);
        fields.put("email", email);
        fields.put("topic", topic);
        fields.put("text", text);
        fields.put("consent", consent);
        return fields;
    }

    private void showErrors(Map<String, String> errors) {
        showFieldErrors(errors);
        UnorderedList links = new UnorderedList();
        errors.forEach((name, key) -> {
            String fieldId = fieldsByName().get(name).getId().orElseThrow();
            Anchor link = new Anchor("#" + fieldId, getTranslation(key));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("data-field", fieldId);
            links.add(new ListItem(link));
        });
        H2 heading = new H2(getTranslation("ask.errors.title", errors.size()));
        heading.setId("ask-errors-heading");
        showSummary(heading, links);
    }

    /** Marks the fields with problems and clears the marks of those without. */
    private void showFieldErrors(Map<String, String> errors) {
        fieldsByName().forEach((name, field) -> {
            HasValidation validated = (HasValidation) field;
            String key = errors.get(name);
            validated.setErrorMessage(key == null ? null : getTranslation(key));
            validated.setInvalid(key != null);
        });
    }

    private void showProblem(String message) {
        showFieldErrors(Map.of());
        H2 heading = new H2(getTranslation("ask.problem.title"));
        heading.setId("ask-errors-heading");
        showSummary(heading, new Paragraph(message));
    }

    private void showSummary(Component... content) {
        summary.removeAll();
        summary.setId("ask-errors");
        summary.addClassName("error-summary");
        summary.getElement().setAttribute("tabindex", "-1");
        summary.getElement().setAttribute("aria-labelledby", "ask-errors-heading");
        summary.add(content);
        summary.setVisible(true);
        // Links in the summary move focus to their field; then focus goes to the summary itself.
        summary.getElement().executeJs("""
                if (!this.__linked) {
                  this.__linked = true;
                  this.addEventListener('click', e => {
                    const link = e.target.closest('a[data-field]');
                    if (!link) { return; }
                    e.preventDefault();
                    const field = document.getElementById(link.dataset.field);
                    field.scrollIntoView({block: 'center'});
                    // A radio group takes focus on its checked (or first) radio.
                    const target = field.querySelector('input:checked') || field.querySelector('input') || field;
                    target.focus();
                  });
                }
                this.scrollIntoView();
                this.focus();""");
    }

    private void showConfirmation(String reference) {
        summary.setVisible(false);
        H2 heading = new H2(getTranslation("ask.sent.title"));
        heading.setId("ask-sent-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        Paragraph number = new Paragraph(getTranslation("ask.sent.reference") + " ");
        Span code = new Span(reference);
        code.setId("ask-reference");
        code.addClassName("ask-reference");
        number.add(code);
        Paragraph next = new Paragraph(getTranslation("ask.sent.next"));
        Paragraph again = new Paragraph(SiteLinks.anchor(SiteLinks.ask(language), getTranslation("ask.sent.again")));
        Section confirmation = new Section(heading, number, next, again);
        confirmation.setId("ask-confirmation");
        confirmation.addClassName("ask-confirmation");
        confirmation.getElement().setAttribute("aria-labelledby", "ask-sent-heading");
        form.removeAll();
        form.add(confirmation);
        heading.getElement().executeJs("this.focus()");
        MainLayout.announce(getTranslation("ask.sent.announce", reference));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("ask.title"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(SiteLinks.ask(language.other()));
    }
}
