package ru.rosnou.international.questions.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.rosnou.international.base.reading.PageAddress;
import ru.rosnou.international.base.reading.PageMetadata;
import ru.rosnou.international.base.reading.ReadsQuery;
import ru.rosnou.international.base.reading.UnlistedReadingView;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.SiteAddresses;

/**
 * Where a stored question leads (the form is posted, then the reader is sent here, so reloading this page sends
 * nothing again): its heading is the page's title and first heading, then the reference to quote.
 */
@Route(value = SiteAddresses.QUESTION_SENT)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.QUESTION_SENT)
@AnonymousAllowed
@ReadsQuery({"reference"})
public class QuestionSentView extends UnlistedReadingView {

    /** The shape of the references the question service gives, such as Q-2026-00042. */
    private static final Pattern REFERENCE = Pattern.compile("Q-\\d{4}-\\d{5,9}");

    @Override
    protected Optional<PageMetadata> render(PageAddress address) {
        Optional<String> reference =
                address.single("reference").filter(r -> REFERENCE.matcher(r).matches());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        H1 heading = new H1(getTranslation("ask.sent.title"));
        heading.setId("ask-sent-heading");
        Paragraph number = new Paragraph(getTranslation("ask.sent.reference") + " ");
        Span code = new Span(reference.get());
        code.setId("ask-reference");
        code.addClassName("ask-reference");
        number.add(code);
        Section confirmation = new Section(
                heading,
                number,
                new Paragraph(getTranslation("ask.sent.next")),
                new Paragraph(SiteLinks.anchor(SiteLinks.ask(address.language()), getTranslation("ask.sent.again"))));
        confirmation.setId("ask-confirmation");
        confirmation.addClassName("ask-confirmation");
        add(confirmation);
        return Optional.of(PageMetadata.website(
                getTranslation("ask.sent.title"),
                getTranslation("ask.sent.announce", reference.get()),
                SiteLinks.questionSent(address.language(), reference.get()),
                Optional.of(SiteLinks.questionSent(address.language().other(), reference.get()))));
    }
}
