package ru.rosnou.international.questions.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.DocumentHead;
import ru.rosnou.international.base.ui.LanguageSetup;
import ru.rosnou.international.base.ui.PageMetadata;
import ru.rosnou.international.base.ui.SiteLinks;

/**
 * The question form is a live page (Vaadin draws it), so its first response is Vaadin's bootstrap page. That page
 * still carries what the form page says about itself (title, description, canonical address, translation, Open
 * Graph) and, for readers without JavaScript, its heading and introduction with the way to the FAQ.
 */
@Component
public class AskPageFirstResponse implements VaadinServiceInitListener {

    private final DocumentHead head;
    private final I18NProvider i18n;

    public AskPageFirstResponse(DocumentHead head, I18NProvider i18n) {
        this.head = head;
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String sitePath = LanguageSetup.pathOf(response.getVaadinRequest().getPathInfo());
            Language language = Language.ofPath(sitePath);
            if (!sitePath.equals(SiteLinks.ask(language))) {
                return;
            }
            Element document = response.getDocument().head();
            document.getElementsByTag("title").remove();
            head.write(document, language, PageMetadata.website(text("ask.title", language),
                    text("ask.intro", language), SiteLinks.ask(language),
                    Optional.of(SiteLinks.ask(language.other()))), true);
            Element noscript = response.getDocument().body().prependElement("noscript");
            Element main = noscript.appendElement("main");
            main.appendElement("h1").text(text("ask.title", language));
            main.appendElement("p").text(text("ask.intro", language));
            main.appendElement("p").text(text("ask.noscript", language));
            main.appendElement("p").appendElement("a").attr("href",
                    response.getVaadinRequest().getContextPath() + "/" + SiteLinks.faq(language))
                    .text(text("ask.faq.link", language));
        });
    }

    private String text(String key, Language language) {
        return i18n.getTranslation(key, language.locale());
    }
}
