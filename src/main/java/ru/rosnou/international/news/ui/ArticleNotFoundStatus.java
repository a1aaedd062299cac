package ru.rosnou.international.news.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.service.NewsService;

/** Answers the first request for an unknown article with HTTP 404, as a well-kept news site does. */
@Component
public class ArticleNotFoundStatus implements VaadinServiceInitListener {

    private static final Pattern ARTICLE_PATH = Pattern.compile(
            "^/?(" + Pattern.quote(SiteAddresses.EN) + ")?" + Pattern.quote(SiteAddresses.ARTICLE) + "([^/]+)/?$");

    private final NewsService news;

    public ArticleNotFoundStatus(NewsService news) {
        this.news = news;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            Matcher matcher = ARTICLE_PATH.matcher(path == null ? "" : path);
            if (matcher.matches() && !news.exists(Language.ofPath(path), matcher.group(2))) {
                response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
