package ru.rosnou.international.news.search.domain;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.jsoup.Jsoup;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.domain.Article;
import ru.rosnou.international.news.domain.Topic;

/**
 * How an article is kept in the search index. Each language version is analysed in its own language (Russian
 * morphology, English stemming), so its text goes into that language's fields only: {@code title_ru} or
 * {@code title_en}, and so on. The body is indexed as the text a reader sees (markup left out), the About box
 * with it. Everything a results page shows comes from the index, so a search reads no rows.
 */
public final class ArticleIndex {

    /** The analysers' names, defined by the search service for each backend (embedded Lucene, OpenSearch). */
    public static final String RUSSIAN = "russian";

    public static final String ENGLISH = "english";

    public static final String LANGUAGE = "language";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_ON = "published_on";
    public static final String TOPIC = "topic";
    public static final String SLUG = "slug";

    /** Marks put around the matched words by the highlighter: private-use characters, taken out of the text. */
    public static final String MARK_START = "\uE000";

    public static final String MARK_END = "\uE001";

    /** Plain for titles and leads shown whole, unified for the best sentence of a body. */
    private static final List<Highlightable> HIGHLIGHTERS = List.of(Highlightable.PLAIN, Highlightable.UNIFIED);

    private ArticleIndex() {}

    public static String title(Language language) {
        return "title_" + language.code();
    }

    public static String lead(Language language) {
        return "lead_" + language.code();
    }

    public static String body(Language language) {
        return "body_" + language.code();
    }

    public static String analyser(Language language) {
        return language == Language.RU ? RUSSIAN : ENGLISH;
    }

    /** The text of safe markup as a reader sees it, without the highlighter's marks. */
    static String visibleText(String markup) {
        if (markup == null || markup.isBlank()) {
            return "";
        }
        return plain(Jsoup.parse(markup).text());
    }

    /** Plain text (a title, a lead) without the highlighter's marks. */
    static String plain(String text) {
        return text == null ? "" : text.replace(MARK_START, "").replace(MARK_END, "");
    }

    /** Declares the index fields and what they are read from, so that every change reindexes the article. */
    public static final class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies()
                    .use("language")
                    .use("slug")
                    .use("title")
                    .use("lead")
                    .use("body")
                    .use("aboutTitle")
                    .use("aboutBody")
                    .use("published")
                    .use("publishedOn")
                    .use("topics.slug");
            IndexSchemaElement schema = context.indexSchemaElement();
            IndexFieldTypeFactory types = context.typeFactory();
            Fields fields = new Fields(
                    schema.field(LANGUAGE, types.asString()).toReference(),
                    schema.field(PUBLISHED, types.asBoolean()).toReference(),
                    schema.field(
                                    PUBLISHED_ON,
                                    types.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES))
                            .toReference(),
                    schema.field(TOPIC, types.asString()).multiValued().toReference(),
                    schema.field(SLUG, types.asString().projectable(Projectable.YES))
                            .toReference(),
                    text(schema, types, Language.RU),
                    text(schema, types, Language.EN));
            context.bridge(Article.class, new Bridge(fields));
        }

        private static LanguageFields text(IndexSchemaElement schema, IndexFieldTypeFactory types, Language language) {
            String analyser = analyser(language);
            return new LanguageFields(
                    text(schema, types, title(language), analyser),
                    text(schema, types, lead(language), analyser),
                    text(schema, types, body(language), analyser));
        }

        /** A field analysed in its language's analyser, kept for the results' titles and snippets. */
        private static IndexFieldReference<String> text(
                IndexSchemaElement schema, IndexFieldTypeFactory types, String name, String analyser) {
            return schema.field(
                            name,
                            types.asString()
                                    .analyzer(analyser)
                                    .projectable(Projectable.YES)
                                    .highlightable(HIGHLIGHTERS))
                    .toReference();
        }
    }

    private record LanguageFields(
            IndexFieldReference<String> title, IndexFieldReference<String> lead, IndexFieldReference<String> body) {}

    private record Fields(
            IndexFieldReference<String> language,
            IndexFieldReference<Boolean> published,
            IndexFieldReference<LocalDate> publishedOn,
            IndexFieldReference<String> topic,
            IndexFieldReference<String> slug,
            LanguageFields russian,
            LanguageFields english) {}

    private record Bridge(Fields fields) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            target.addValue(fields.language(), article.getLanguage().code());
            target.addValue(fields.published(), article.isPublished());
            target.addValue(fields.publishedOn(), article.getPublishedOn());
            target.addValue(fields.slug(), article.getSlug());
            for (Topic topic : article.getTopics()) {
                target.addValue(fields.topic(), topic.getSlug());
            }
            LanguageFields text = article.getLanguage() == Language.RU ? fields.russian() : fields.english();
            target.addValue(text.title(), plain(article.getTitle()));
            target.addValue(text.lead(), plain(article.getLead()));
            String about = String.join(" ", plain(article.getAboutTitle()), visibleText(article.getAboutBody()));
            target.addValue(text.body(), (visibleText(article.getBody()) + " " + about).strip());
        }
    }
}
