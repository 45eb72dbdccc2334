package io.stancegraph.statement;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.stancegraph.actor.ActorAliasEntity;
import io.stancegraph.actor.ActorEntity;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.article.ArticleEntity;
import io.stancegraph.extract.Extraction;
import io.stancegraph.extract.QuoteExtractor;
import io.stancegraph.extract.Speaker;

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
        Map<String, ActorEntity> linked = new HashMap<>();
        for (Extraction e : extractor.extract(article.body, article.publishedOn)) {
            StatementEntity s = new StatementEntity();
            s.article = article;
            s.speaker = actor(e.speaker(), linked, true);
            s.onBehalfOf = actor(e.onBehalfOf(), linked, true);
            if (s.onBehalfOf != null && s.onBehalfOf.equals(s.speaker)) {
                s.onBehalfOf = null;
            }
            s.attribution = e.attribution();
            s.kind = StatementKind.valueOf(e.kind().name());
            s.text = e.text();
            s.cue = e.cue();
            s.saidOn = e.saidOn();
            s.saidOnPrecision = e.precision() == null ? null : DatePrecision.valueOf(e.precision().name());
            s.start = e.start();
            s.end = e.end();
            e.mentions().stream().map(m -> actor(m, linked, false)).filter(Objects::nonNull)
                    .filter(a -> !a.equals(s.speaker)).forEach(s.mentions::add);
            s.persist();
            RevisionEntity.record(Statement.TYPE, s.id, s.id, RevisionAction.EXTRACTED, by, DETAIL);
        }
    }

    /** The actor a name stands for: a live actor of that name or alias, else (when {@code create}) a new one. */
    private static ActorEntity actor(Speaker speaker, Map<String, ActorEntity> linked, boolean create) {
        if (speaker == null) {
            return null;
        }
        ActorEntity a = linked.get(speaker.name());
        if (a == null) {
            a = ActorEntity.findByNameOrAlias(speaker.name());
        }
        // "the unions", "the central bank": a description, not a name to file an actor under
        boolean named = speaker.name().codePoints().anyMatch(Character::isUpperCase);
        if (a == null && (!create || !named)) {
            return null;
        }
        if (a == null) {
            a = new ActorEntity();
            a.name = speaker.name();
            a.kind = ActorKind.valueOf(speaker.kind().name());
            a.persist();
            a.flush();
        }
        for (String alias : speaker.aliases()) {
            if (alias.codePoints().anyMatch(Character::isLetterOrDigit) && !ActorAliasEntity.exists(a, alias)
                    && !isAmbiguous(alias, a)) {
                ActorAliasEntity.add(a, alias);
            }
        }
        linked.put(speaker.name(), a);
        return a;
    }

    /** A short form another actor already answers to would make lookups by it pick the wrong one. */
    private static boolean isAmbiguous(String alias, ActorEntity owner) {
        ActorEntity other = ActorEntity.findByNameOrAlias(alias);
        return other != null && !other.equals(owner);
    }
}
