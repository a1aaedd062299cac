package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.FieldMessages;
import ru.rosnou.international.base.ui.LanguageRadioGroup;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.questions.domain.QuestionStatus;
import ru.rosnou.international.questions.service.InboxItem;
import ru.rosnou.international.questions.service.QuestionService;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.workspace.ui.WorkspacePage;

/**
 * The editors' inbox: new questions first, each answered here, optionally published in the FAQ in a chosen
 * language and wording, then marked handled. Questions are never deleted from here. Everything a reader typed
 * is shown as text.
 */
@Route(value = SiteAddresses.WORKSPACE_QUESTIONS)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE_QUESTIONS)
@RolesAllowed(Roles.EDITOR)
public class QuestionInboxView extends WorkspacePage {

    private final QuestionService questions;
    private QuestionStatus status = QuestionStatus.NEW;
    private final Div items = new Div();
    private Nav statusNav = new Nav();

    public QuestionInboxView(QuestionService questions, AuthenticationContext authentication) {
        super(SiteAddresses.WORKSPACE_QUESTIONS, "editor.questions.title", authentication);
        this.questions = questions;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        status = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("status")
                .flatMap(QuestionInboxView::parseStatus)
                .orElse(QuestionStatus.NEW);
        statusNav = new Nav();
        add(statusNav, items);
        render();
    }

    private Nav statusNav() {
        UnorderedList links = new UnorderedList();
        for (QuestionStatus each : QuestionStatus.values()) {
            Anchor link = SiteLinks.anchor(
                    language().path(SiteAddresses.WORKSPACE_QUESTIONS) + "?status=" + each.name(),
                    getTranslation("editor.questions.status." + each.name(), questions.countInbox(each)));
            if (each == status) {
                link.getElement().setAttribute("aria-current", "page");
            }
            links.add(new ListItem(link));
        }
        Nav nav = new Nav(links);
        nav.addClassName("filter");
        nav.getElement().setAttribute("aria-label", getTranslation("editor.questions.statusNav"));
        return nav;
    }

    private void render() {
        // The counts in the state links change with every answer and every question marked handled.
        Nav fresh = statusNav();
        if (statusNav.getParent().isPresent()) {
            replace(statusNav, fresh);
        }
        statusNav = fresh;
        items.removeAll();
        List<InboxItem> inbox = questions.inbox(status);
        if (inbox.isEmpty()) {
            items.add(new Paragraph(getTranslation("editor.questions.empty")));
        }
        inbox.forEach(item -> items.add(card(item)));
    }

    private Article card(InboxItem item) {
        H2 heading = new H2(getTranslation(
                "editor.questions.cardTitle",
                item.reference(),
                getTranslation("ask.topic." + item.topic().name())));
        heading.setId("question-" + item.id());
        Paragraph from = new Paragraph(getTranslation(
                "editor.questions.from",
                item.fullName(),
                item.email(),
                DateFormats.moment(item.submittedAt()),
                item.language().code()));
        from.addClassName("editor-user");
        Paragraph text = new Paragraph(item.text());
        text.addClassName("question-text");
        // Read in the voice of the language it is written in, whichever page it was asked on.
        text.getElement().setAttribute("lang", Language.ofText(item.text()).code());
        Article card = new Article(heading, from, text, answerForm(item));
        card.addClassName("editor-item");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (item.status() != QuestionStatus.HANDLED) {
            card.add(handledButton(item));
        }
        return card;
    }

    /** The editor's answer and whether, in which language and in which words the FAQ shows the question. */
    private record AnswerFields(
            TextArea answer, Checkbox publish, LanguageRadioGroup faqLanguage, TextArea faqQuestion) {}

    private Div answerForm(InboxItem item) {
        AnswerFields fields = answerFields(item);
        Paragraph problems = new Paragraph();
        problems.setId("answer-problems-" + item.id());
        problems.addClassName("error-summary");
        problems.getElement().setAttribute("tabindex", "-1");
        problems.setVisible(false);
        FieldMessages messages =
                new FieldMessages(this).field("answer", fields.answer()).field("faqQuestion", fields.faqQuestion());
        Button save =
                new Button(getTranslation("editor.questions.save"), click -> save(item, fields, messages, problems));
        save.setId("save-" + item.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form =
                new Div(problems, fields.answer(), fields.publish(), fields.faqLanguage(), fields.faqQuestion(), save);
        form.addClassName("editor-form");
        return form;
    }

    private AnswerFields answerFields(InboxItem item) {
        TextArea answer = new TextArea(getTranslation("editor.questions.answer"));
        answer.setId("answer-" + item.id());
        answer.setMaxLength(QuestionService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setValue(item.answer() == null ? "" : item.answer());
        Checkbox publish = new Checkbox(getTranslation("editor.questions.publish"), item.faqPublished());
        publish.setId("publish-" + item.id());
        LanguageRadioGroup faqLanguage = new LanguageRadioGroup();
        faqLanguage.setLabel(getTranslation("editor.questions.faqLanguage"));
        faqLanguage.setId("faq-language-" + item.id());
        faqLanguage.setValue(item.faqLanguage() != null ? item.faqLanguage() : item.language());
        TextArea faqQuestion = new TextArea(getTranslation("editor.questions.faqQuestion"));
        faqQuestion.setId("faq-question-" + item.id());
        faqQuestion.setHelperText(getTranslation("editor.questions.faqQuestion.help"));
        faqQuestion.setWidthFull();
        faqQuestion.setValue(item.faqQuestion() != null ? item.faqQuestion() : item.text());
        return new AnswerFields(answer, publish, faqLanguage, faqQuestion);
    }

    private void save(InboxItem item, AnswerFields fields, FieldMessages messages, Paragraph problems) {
        Problems errors = questions.answer(
                item.id(),
                fields.answer().getValue(),
                fields.publish().getValue(),
                fields.faqLanguage().getValue(),
                fields.faqQuestion().getValue());
        // The fields are marked; focus goes to the card's summary, which also names the language choice.
        if (messages.mark(errors)) {
            Announcer.say(getTranslation("editor.questions.saved", item.reference()));
            render();
            focusAfterChange();
        } else {
            problems.setText(String.join(
                    " ",
                    errors.byField().values().stream().map(this::getTranslation).toList()));
            problems.setVisible(true);
            problems.getElement().callJsFunction("focus");
        }
    }

    private Button handledButton(InboxItem item) {
        Button handled = new Button(getTranslation("editor.questions.handled"), click -> {
            questions.markHandled(item.id());
            Announcer.say(getTranslation("editor.questions.markedHandled", item.reference()));
            render();
            focusAfterChange();
        });
        handled.setId("handled-" + item.id());
        return handled;
    }

    /** After a question leaves this list, focus goes to the next one waiting, or to the page heading. */
    private void focusAfterChange() {
        getElement().executeJs("""
                const next = this.querySelector('article h2') || document.querySelector('main h1');
                next.setAttribute('tabindex', '-1');
                next.focus();""");
    }

    private static Optional<QuestionStatus> parseStatus(String value) {
        try {
            return Optional.of(QuestionStatus.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
