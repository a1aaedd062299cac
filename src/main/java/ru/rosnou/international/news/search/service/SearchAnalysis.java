package ru.rosnou.international.news.search.service;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import ru.rosnou.international.news.search.domain.ArticleIndex;

/**
 * The Lucene analysers that {@link ArticleIndex} names: Snowball's Russian and English stemmers, so that
 * "конгрессов" finds "конгресс" and "universities" finds "university". The shared index on OpenSearch gets the same
 * chains from {@link OpenSearchAnalysis}: a change here is made there too ({@code SearchBackendsAgreeTest} runs on
 * both).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ArticleIndex.RUSSIAN)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                // "ё" is often typed as "е": both are read as "е".
                .charFilter(PatternReplaceCharFilterFactory.class)
                .param("pattern", "[ёЁ]")
                .param("replacement", "е")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "Russian");
        context.analyzer(ArticleIndex.ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                // "café" and "cafe", "Sōka" and "Soka": names are typed both ways.
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class)
                .param("language", "English");
    }
}
