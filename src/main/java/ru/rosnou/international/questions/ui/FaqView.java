package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.ui.Time;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.FaqEntry;
import ru.rosnou.international.questions.service.QuestionService;

/** Published answers in the reader's language, grouped by topic and dated, because rules change. */
@Route(value = SiteAddresses.FAQ)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.FAQ)
@AnonymousAllowed
public class FaqView extends ReadingView {

    private final QuestionService questions;

    public FaqView(QuestionService questions) {
        this.questions = questions;
        addClassName("faq-page");
    }

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        add(new H1(getTranslation("faq.title")));
        List<FaqEntry> entries = questions.faq(language());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("faq.empty")));
        }
        Map<QuestionTopic, List<FaqEntry>> byTopic = new LinkedHashMap<>();
        entries.forEach(entry ->
                byTopic.computeIfAbsent(entry.topic(), t -> new ArrayList<>()).add(entry));
        byTopic.forEach((topic, answers) -> {
            H2 heading = new H2(getTranslation("ask.topic." + topic.name()));
            heading.setId("faq-" + topic.name().toLowerCase().replace('_', '-'));
            Section section = new Section(heading);
            section.addClassName("faq-topic");
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            for (FaqEntry entry : answers) {
                Article item = new Article(new H3(entry.question()));
                item.addClassName("faq-entry");
                Paragraph date = new Paragraph(getTranslation("faq.answered") + " ");
                date.add(new Time(entry.answeredOn(), language()));
                date.addClassName("faq-date");
                item.add(date);
                // Answers are plain text: each line becomes a paragraph, nothing is read as markup.
                entry.answer()
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(line -> item.add(new Paragraph(line)));
                section.add(item);
            }
            add(section);
        });
        add(SiteLinks.linkParagraph(SiteLinks.ask(language()), getTranslation("faq.ask")));
        return Optional.of(PageMetadata.website(
                getTranslation("faq.title"),
                getTranslation("meta.faq.description"),
                SiteLinks.faq(language()),
                Optional.of(SiteLinks.faq(language().other()))));
    }
}
