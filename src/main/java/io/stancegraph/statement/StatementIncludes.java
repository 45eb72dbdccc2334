package io.stancegraph.statement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.article.Article;
import io.stancegraph.article.ArticleReader;
import io.stancegraph.common.Lookahead;
import io.stancegraph.common.Preloaded;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicReader;

/**
 * The batched fields of statements and stances (speaker, onBehalfOf, article, stances, a stance's topic), each for a
 * whole list of parents in one SQL statement and answered in the parents' order. Their batches call these, and so
 * does a statement page's resolver, which reads what its client selected right after the page and preloads it (see
 * {@link Preloaded}): the same answer, without the data-loader round each batch costs (queueing a load per row,
 * dispatching, a hop to a worker thread and back, completing a future per row).
 * <p>
 * Joining them into the page's own query was tried and measured: PostgreSQL spent ~0.5 ms planning the join on every
 * request, more than the separate statements cost in all.
 */
@ApplicationScoped
public class StatementIncludes {

    @Inject
    ActorReader actors;
    @Inject
    ArticleReader articles;
    @Inject
    TopicReader topics;
    @Inject
    StatementReader statements;

    /** Preloads under {@code page}'s statements what {@code selected} asks of each. */
    public void preload(List<Statement> page, Lookahead selected) {
        if (page.isEmpty()) {
            return;
        }
        if (selected.has("speaker")) {
            Preloaded.preloadEach(page, "speaker", speakersOf(page));
        }
        if (selected.has("article")) {
            preloadArticles(page, selected.has("article/outlet"));
        }
        if (selected.has("stances")) {
            List<List<Stance>> stances = stancesOf(page);
            Preloaded.preloadEach(page, "stances", stances);
            List<Stance> all = stances.stream().flatMap(List::stream).toList();
            if (selected.has("stances/topic") && !all.isEmpty()) {
                Preloaded.preloadEach(all, "topic", topicsOf(all));
            }
        }
    }

    /** Preloads each statement's article, and with it the article's outlet when asked. */
    public void preloadArticles(List<Statement> page, boolean withOutlet) {
        List<Article> found = articlesOf(page);
        Preloaded.preloadEach(page, "article", found);
        List<Article> distinct = found.stream().filter(Objects::nonNull).distinct().toList();
        if (withOutlet && !distinct.isEmpty()) {
            Preloaded.preloadEach(distinct, "outlet", articles.outletsOf(distinct));
        }
    }

    List<Article> articlesOf(List<Statement> list) {
        Map<Long, Article> byKey = articles.byKeys(list.stream().map(Statement::articleKey).distinct().toList());
        return list.stream().map(s -> byKey.get(s.articleKey())).toList();
    }

    List<Actor> speakersOf(List<Statement> list) {
        return actorsOf(list.stream().map(Statement::speakerKey).toList());
    }

    List<Actor> onBehalfOf(List<Statement> list) {
        return actorsOf(list.stream().map(Statement::onBehalfOfKey).toList());
    }

    List<List<Stance>> stancesOf(List<Statement> list) {
        Map<Long, List<Stance>> byStatement = statements.stancesOf(list.stream().map(Statement::key).toList());
        return list.stream().map(s -> byStatement.getOrDefault(s.key(), List.of())).toList();
    }

    List<Topic> topicsOf(List<Stance> list) {
        Map<Long, Topic> byKey = topics.byKeys(list.stream().map(Stance::topicKey).distinct().toList());
        return list.stream().map(s -> byKey.get(s.topicKey())).toList();
    }

    private List<Actor> actorsOf(List<Long> keys) {
        Map<Long, Actor> byKey = actors.byKeys(keys.stream().filter(Objects::nonNull).distinct().toList());
        return keys.stream().map(k -> k == null ? null : byKey.get(k)).toList();
    }
}
