package ru.rosnou.international.news.search.domain;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import ru.rosnou.international.news.domain.Article;

/**
 * Puts articles into the search index named {@code article}, their fields declared by {@link ArticleIndex.Binder}.
 * Declared here rather than by annotations on {@link Article}, so that the news domain knows nothing of search
 * (named by {@code hibernate.search.mapping.configurer} in application.properties).
 */
public class ArticleSearchMapping implements HibernateOrmSearchMappingConfigurer {

    private static final String INDEX = "article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep article = context.programmaticMapping().type(Article.class);
        article.indexed().index(INDEX);
        article.binder(new ArticleIndex.Binder());
        // Topics are never renamed: the index follows which topics an article has, not changes to a topic.
        article.property("topics").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
