package ru.rosnou.international.news.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Published articles of one language within [from, to), optionally of one topic, newest first. */
    @Query(value = """
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.language = :language and a.published = true
              and a.publishedOn >= :from and a.publishedOn < :to
              and (:topic is null or exists (
                    select 1 from Article b join b.topics t where b = a and t.slug = :topic))
            order by a.publishedOn desc, a.id desc
            """,
            countQuery = """
            select count(a) from Article a
            where a.language = :language and a.published = true
              and a.publishedOn >= :from and a.publishedOn < :to
              and (:topic is null or exists (
                    select 1 from Article b join b.topics t where b = a and t.slug = :topic))
            """)
    Page<ArticleSummary> findSummaries(@Param("language") String language, @Param("from") LocalDate from,
                                       @Param("to") LocalDate to, @Param("topic") String topic,
                                       Pageable pageable);

    @EntityGraph(attributePaths = {"topics", "images"})
    Optional<Article> findByLanguageAndSlugAndPublishedTrue(String language, String slug);

    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            where a.storyKey = :storyKey and a.language = :language and a.published = true
            """)
    Optional<ArticleSummary> findTranslation(@Param("storyKey") String storyKey,
                                             @Param("language") String language);

    /**
     * Related reading: other published articles of the same language, most shared topics first,
     * then the closest in date. The ranking happens in the database, over the join table only.
     */
    @Query("""
            select new ru.rosnou.international.news.domain.ArticleSummary(
                a.id, a.language, a.slug, a.title, a.publishedOn, a.lead)
            from Article a
            left join a.topics t on t.id in (
                select ct.id from Article c join c.topics ct where c.id = :articleId)
            where a.language = :language and a.published = true and a.id <> :articleId
            group by a.id, a.language, a.slug, a.title, a.publishedOn, a.lead
            order by count(t) desc, abs((a.publishedOn - :publishedOn) by day) asc, a.publishedOn desc, a.id asc
            """)
    List<ArticleSummary> findRelated(@Param("articleId") Long articleId, @Param("language") String language,
                                     @Param("publishedOn") LocalDate publishedOn, Pageable limit);

    @Query("""
            select distinct extract(year from a.publishedOn) from Article a
            where a.language = :language and a.published = true
            order by 1 desc
            """)
    List<Integer> findYears(@Param("language") String language);

    @Query("""
            select distinct t from Article a join a.topics t
            where a.language = :language and a.published = true
            """)
    List<Topic> findTopicsInUse(@Param("language") String language);

    long countByLanguageAndPublishedTrue(String language);

    List<Article> findAllByOrderByPublishedOnDescIdDesc();

    List<Article> findByStoryKey(String storyKey);

    boolean existsByLanguageAndSlug(String language, String slug);

    boolean existsByLanguageAndSlugAndIdNot(String language, String slug, Long id);

    boolean existsByLanguageAndSlugAndPublishedTrue(String language, String slug);
}
