package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Share" under an article: plain links to VK's, Telegram's and Odnoklassniki's own share pages and an e-mail,
 * with no script of theirs and nothing that tracks readers; and "Copy link", a button that the reader script
 * shows and that says "Link copied" beside itself and in the live region (without the script there is nothing to
 * press).
 */
class ShareLinks extends Section {

    ShareLinks(String url, String title) {
        addClassName("share-links");
        H2 heading = new H2(getTranslation("share.heading"));
        heading.setId("share-heading");
        getElement().setAttribute("aria-labelledby", "share-heading");
        String u = encode(url);
        String t = encode(title);
        UnorderedList links = new UnorderedList(
                link("https://vk.com/share.php?url=" + u + "&title=" + t, "share.vk"),
                link("https://t.me/share/url?url=" + u + "&text=" + t, "share.telegram"),
                link("https://connect.ok.ru/offer?url=" + u + "&title=" + t, "share.ok"),
                link("mailto:?subject=" + t + "&body=" + u, "share.email"));
        NativeButton copy = new NativeButton(getTranslation("share.copy"));
        copy.addClassName("share-copy");
        copy.addClassName("a11y-button");
        copy.getElement().setAttribute("type", "button");
        copy.getElement().setAttribute("hidden", true);
        copy.getElement().setAttribute("data-url", url);
        copy.getElement().setAttribute("data-done", getTranslation("share.copied"));
        copy.getElement().setAttribute("data-failed", getTranslation("share.copyFailed"));
        // "Link copied" shows beside the button too, not only in the live region: a sighted reader sees it worked.
        Span status = new Span();
        status.addClassName("share-copy-status");
        links.add(new ListItem(copy, status));
        add(heading, links);
    }

    private ListItem link(String href, String key) {
        Anchor anchor = new Anchor(href, getTranslation(key));
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return new ListItem(anchor);
    }

    /** As a URL's query wants it: spaces as %20, which mail programs read too, rather than "+". */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
