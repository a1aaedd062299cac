package ru.rosnou.international.news.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import ru.rosnou.international.base.i18n.Language;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /**
     * Published articles of one language within [from, to), optionally of one topic, newest first. No count
     * query: totals come from {@link #countSummaries}, which the service caches. The order names the columns of
     * the index {@code article_listing_order} from its first (language and published are fixed by the
     * condition, so the order is the same): H2 then reads the index in order and stops after the page, instead
     * of sorting the whole language.
     */
    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true
              and a.publishedOn >= :from and a.publishedOn < :to
              and (:topic is null or exists (
                    select 1 from Article b join b.topics t where b = a and t.slug = :topic))
            order by a.language, a.published, a.publishedOn desc, a.id desc
            """)
    List<ArticleSummary> findSummaries(
            @Param("language") Language language,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("topic") String topic,
            Pageable pageable);

    @Query("""
            select count(a) from Article a
            where a.language = :language and a.published = true
              and a.publishedOn >= :from and a.publishedOn < :to
              and (:topic is null or exists (
                    select 1 from Article b join b.topics t where b = a and t.slug = :topic))
            """)
    long countSummaries(
            @Param("language") Language language,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("topic") String topic);

    @EntityGraph(attributePaths = {"topics", "images"})
    Optional<Article> findByLanguageAndSlugAndPublishedTrue(Language language, String slug);

    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.storyKey = :storyKey and a.language = :language and a.published = true
            """)
    Optional<ArticleSummary> findTranslation(@Param("storyKey") String storyKey, @Param("language") Language language);

    /**
     * Related reading's candidates on one side of a date: published articles of the language, other than the
     * article itself, sharing at least one of the given topics, nearest in date first. Walks the listing index
     * from the date outwards (backwards for the later side), so it reads a few rows however many articles there
     * are; the topics are looked up by id in the join table's primary key, with no join to the topic table.
     */
    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true and a.id <> :articleId
              and a.publishedOn <= :date
              and exists (select 1 from a.topics t where t.id in :topicIds)
            order by a.language, a.published, a.publishedOn desc, a.id desc
            """)
    List<ArticleSummary> findSharingTopicsOnOrBefore(
            @Param("articleId") Long articleId,
            @Param("language") Language language,
            @Param("date") LocalDate date,
            @Param("topicIds") Collection<Long> topicIds,
            Pageable limit);

    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true and a.id <> :articleId
              and a.publishedOn >= :date
              and exists (select 1 from a.topics t where t.id in :topicIds)
            order by a.language desc, a.published desc, a.publishedOn asc, a.id asc
            """)
    List<ArticleSummary> findSharingTopicsOnOrAfter(
            @Param("articleId") Long articleId,
            @Param("language") Language language,
            @Param("date") LocalDate date,
            @Param("topicIds") Collection<Long> topicIds,
            Pageable limit);

    /** The nearest published articles of the language on or before a date, whatever their topics. */
    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true and a.id <> :articleId
              and a.publishedOn <= :date
            order by a.language, a.published, a.publishedOn desc, a.id desc
            """)
    List<ArticleSummary> findNearestOnOrBefore(
            @Param("articleId") Long articleId,
            @Param("language") Language language,
            @Param("date") LocalDate date,
            Pageable limit);

    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true and a.id <> :articleId
              and a.publishedOn >= :date
            order by a.language desc, a.published desc, a.publishedOn asc, a.id asc
            """)
    List<ArticleSummary> findNearestOnOrAfter(
            @Param("articleId") Long articleId,
            @Param("language") Language language,
            @Param("date") LocalDate date,
            Pageable limit);

    /** How many of the given topics each of the given articles has: [article id, count] rows. */
    @Query("""
            select a.id, count(t) from Article a join a.topics t
            where a.id in :articleIds and t.id in :topicIds
            group by a.id
            """)
    List<Object[]> countSharedTopics(
            @Param("articleIds") Collection<Long> articleIds, @Param("topicIds") Collection<Long> topicIds);

    /** The editors' list without a search: a page of every article, newest first, read in index order. */
    @Query("""
            select new ru.rosnou.international.news.domain.ArticleListing(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.published)
            from Article a
            order by a.publishedOn desc, a.id desc
            """)
    List<ArticleListing> findAllListings(Pageable pageable);

    /** The editors' list: every article, published or not, newest first, optionally by words of its title. */
    @Query(value = """
            select new ru.rosnou.international.news.domain.ArticleListing(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.published)
            from Article a
            where :titlePattern is null or lower(a.title) like :titlePattern escape '\\'
            order by a.publishedOn desc, a.id desc
            """, countQuery = """
            select count(a) from Article a
            where :titlePattern is null or lower(a.title) like :titlePattern escape '\\'
            """)
    Page<ArticleListing> findListings(@Param("titlePattern") String titlePattern, Pageable pageable);

    @Query("""
            select distinct extract(year from a.publishedOn) from Article a
            where a.language = :language and a.published = true
            order by 1 desc
            """)
    List<Integer> findYears(@Param("language") Language language);

    @Query("""
            select distinct t from Article a join a.topics t
            where a.language = :language and a.published = true
            """)
    List<Topic> findTopicsInUse(@Param("language") Language language);

    long countByLanguageAndPublishedTrue(Language language);

    List<Article> findByStoryKey(String storyKey);

    boolean existsByLanguageAndSlug(Language language, String slug);

    boolean existsByLanguageAndSlugAndIdNot(Language language, String slug, Long id);

    boolean existsByLanguageAndSlugAndPublishedTrue(Language language, String slug);

    /** Whether a published article shows the image at this address. */
    @Query("""
            select count(a) > 0 from Article a join a.images i
            where i.src = :src and a.published = true
            """)
    boolean isImagePublished(@Param("src") String src);

    /** Articles with their topics, for a feed of articles found by {@link #findSummaries}. */
    @EntityGraph(attributePaths = "topics")
    List<Article> findByIdIn(Collection<Long> ids);

    /** Every published article, oldest first, for the sitemap. */
    @Query("""
            select new ru.rosnou.international.news.domain.SitemapArticle(
                a.language, a.slug, a.storyKey, a.publishedOn, a.updatedAt)
            from Article a where a.published = true order by a.id
            """)
    List<SitemapArticle> findSitemapArticles();

    /** How many articles the sitemap lists. */
    long countByPublishedTrue();
}
