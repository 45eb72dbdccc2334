package io.stancegraph.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.stancegraph.article.ArticleEntity;
import io.stancegraph.extract.Extraction;
import io.stancegraph.extract.QuoteExtractor;

/**
 * Records what the extractor finds in an article: each statement with its speaker linked to an existing actor (by
 * name or alias) or a new one carrying the short forms the text used, marked EXTRACTED in its history. Runs inside
 * the caller's transaction, once per article: an article that already has extracted statements is left alone.
 */
@ApplicationScoped
public class StatementExtraction {

    static final String DETAIL = "found by the rule-based extractor";
    private final QuoteExtractor extractor = new QuoteExtractor();

    public void extractOnce(ArticleEntity article, String by) {
        long already = RevisionEntity.count("action = ?1 and statementId in (select s.id from StatementEntity s"
                + " where s.article = ?2)", RevisionAction.EXTRACTED.name(), article);
        if (already > 0) {
            return;
        }
        List<Extraction> found = extractor.extract(article.body, article.publishedOn);
        if (found.isEmpty()) {
            return;
        }
        Session session = ArticleEntity.getEntityManager().unwrap(Session.class);
        session.flush();
        session.doWork(c -> new ExtractionRecorder(c, article.id, by).record(found));
    }
}
