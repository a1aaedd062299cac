package ru.rosnou.international.news.search.service;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import ru.rosnou.international.news.search.domain.ArticleIndex;

/**
 * The analysers that {@link ArticleIndex} names, for the shared index on OpenSearch (or Elasticsearch): the same
 * chains as the embedded index's {@link SearchAnalysis}, built from the cluster's own filters, so that one query
 * finds the same articles on both. The clusters' built-in "russian" and "english" analysers differ (stop words, no
 * "ё" read as "е", no ASCII folding), so they are replaced by these of the same names.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String YO_AS_YE = "yo_as_ye";
    static final String RUSSIAN_STEMMER = "russian_snowball";
    static final String ENGLISH_STEMMER = "english_snowball";
    static final String ENGLISH_POSSESSIVE = "english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // "ё" is often typed as "е": both are read as "е".
        context.charFilter(YO_AS_YE)
                .type("pattern_replace")
                .param("pattern", "[ёЁ]")
                .param("replacement", "е");
        context.tokenFilter(RUSSIAN_STEMMER).type("snowball").param("language", "Russian");
        context.tokenFilter(ENGLISH_STEMMER).type("snowball").param("language", "English");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(ArticleIndex.RUSSIAN)
                .custom()
                .tokenizer("standard")
                .charFilters(YO_AS_YE)
                .tokenFilters("lowercase", RUSSIAN_STEMMER);
        // "café" and "cafe", "Sōka" and "Soka": names are typed both ways.
        context.analyzer(ArticleIndex.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", ENGLISH_STEMMER);
    }
}
