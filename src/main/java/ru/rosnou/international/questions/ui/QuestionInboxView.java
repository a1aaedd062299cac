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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.security.Roles;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.editorial.ui.WorkspacePage;
import ru.rosnou.international.questions.domain.QuestionStatus;
import ru.rosnou.international.questions.service.InboxItem;
import ru.rosnou.international.questions.service.QuestionService;

/**
 * The editors' inbox: new questions first, each answered here, optionally published in the FAQ in a chosen
 * language and wording, then marked handled. Questions are never deleted from here. Everything a reader typed
 * is shown as text.
 */
@Route(value = "editor/questions", layout = MainLayout.class)
@RouteAlias(value = "en/editor/questions", layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
public class QuestionInboxView extends WorkspacePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final QuestionService questions;
    private QuestionStatus status = QuestionStatus.NEW;
    private final Div items = new Div();
    private Nav statusNav = new Nav();

    public QuestionInboxView(QuestionService questions, AuthenticationContext authentication) {
        super("editor/questions", "editor.questions.title", authentication);
        this.questions = questions;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        status = event.getLocation().getQueryParameters().getParameters().getOrDefault("status", List.of()).stream()
                .findFirst().flatMap(QuestionInboxView::parseStatus).orElse(QuestionStatus.NEW);
        statusNav = new Nav();
        add(statusNav, items);
        render();
    }

    private Nav statusNav() {
        UnorderedList links = new UnorderedList();
        for (QuestionStatus each : QuestionStatus.values()) {
            Anchor link = SiteLinks.anchor(language().path("editor/questions") + "?status=" + each.name(),
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
        H2 heading = new H2(item.reference() + " — " + getTranslation("ask.topic." + item.topic().name()));
        heading.setId("question-" + item.id());
        Paragraph from = new Paragraph(getTranslation("editor.questions.from", item.fullName(), item.email(),
                TIME.format(item.submittedAt()), item.language().code()));
        from.addClassName("editor-user");
        Paragraph text = new Paragraph(item.text());
        text.addClassName("question-text");
        // Read in the voice of the language it is written in, whichever page it was asked on.
        text.getElement().setAttribute("lang", Language.ofText(item.text()).code());
        Article card = new Article(heading, from, text);
        card.addClassName("editor-item");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        TextArea answer = new TextArea(getTranslation("editor.questions.answer"));
        answer.setId("answer-" + item.id());
        answer.setMaxLength(QuestionService.MAX_ANSWER);
        answer.setWidthFull();
        answer.setValue(item.answer() == null ? "" : item.answer());
        Checkbox publish = new Checkbox(getTranslation("editor.questions.publish"), item.faqPublished());
        publish.setId("publish-" + item.id());
        RadioButtonGroup<Language> faqLanguage = new RadioButtonGroup<>(getTranslation("editor.questions.faqLanguage"));
        faqLanguage.setId("faq-language-" + item.id());
        faqLanguage.setItems(Language.values());
        faqLanguage.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(each -> {
            com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(
                    getTranslation(each.locale(), "language.name"));
            name.getElement().setAttribute("lang", each.code());
            return name;
        }));
        faqLanguage.setValue(item.faqLanguage() != null ? item.faqLanguage() : item.language());
        TextArea faqQuestion = new TextArea(getTranslation("editor.questions.faqQuestion"));
        faqQuestion.setId("faq-question-" + item.id());
        faqQuestion.setHelperText(getTranslation("editor.questions.faqQuestion.help"));
        faqQuestion.setWidthFull();
        faqQuestion.setValue(item.faqQuestion() != null ? item.faqQuestion() : item.text());
        Paragraph problems = new Paragraph();
        problems.setId("answer-problems-" + item.id());
        problems.addClassName("error-summary");
        problems.getElement().setAttribute("tabindex", "-1");
        problems.setVisible(false);

        Button save = new Button(getTranslation("editor.questions.save"), click -> {
            List<String> errors = questions.answer(item.id(), answer.getValue(), publish.getValue(),
                    faqLanguage.getValue(), faqQuestion.getValue());
            answer.setInvalid(errors.stream().anyMatch(key -> key.contains(".answer.")));
            answer.setErrorMessage(errors.stream().filter(key -> key.contains(".answer.")).findFirst()
                    .map(this::getTranslation).orElse(null));
            faqQuestion.setInvalid(errors.contains("editor.questions.error.faqQuestion"));
            faqQuestion.setErrorMessage(getTranslation("editor.questions.error.faqQuestion"));
            if (errors.isEmpty()) {
                MainLayout.announce(getTranslation("editor.questions.saved", item.reference()));
                render();
                focusAfterChange();
            } else {
                problems.setText(errors.stream().map(this::getTranslation).reduce((a, b) -> a + " " + b).orElse(""));
                problems.setVisible(true);
                problems.getElement().callJsFunction("focus");
            }
        });
        save.setId("save-" + item.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(problems, answer, publish, faqLanguage, faqQuestion, save);
        form.addClassName("editor-form");
        card.add(form);
        if (item.status() != QuestionStatus.HANDLED) {
            Button handled = new Button(getTranslation("editor.questions.handled"), click -> {
                questions.markHandled(item.id());
                MainLayout.announce(getTranslation("editor.questions.markedHandled", item.reference()));
                render();
                focusAfterChange();
            });
            handled.setId("handled-" + item.id());
            card.add(handled);
        }
        return card;
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
