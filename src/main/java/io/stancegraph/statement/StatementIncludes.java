package io.stancegraph.statement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.article.Article;
import io.stancegraph.article.ArticleReader;
import io.stancegraph.article.Outlet;
import io.stancegraph.common.Lookahead;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicReader;

/**
 * Reads the batched fields a client selected under a page of statements (speaker, article and its outlet, stances
 * and their topics) right after the page, in the resolver that read it, and preloads them (see
 * {@link io.stancegraph.common.Preloaded}). Each is still one SQL statement for the whole page, the same as its
 * batch; what goes is the data-loader round each batch costs: queueing a load per row, dispatching, a hop to a
 * worker thread and back, completing a future per row.
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
            Map<Long, Actor> byKey = actors.byKeys(keys(page, Statement::speakerKey));
            page.forEach(s -> s.preload("speaker", s.speakerKey() == null ? null : byKey.get(s.speakerKey())));
        }
        if (selected.has("article")) {
            preloadArticles(page, selected.has("article/outlet"));
        }
        if (selected.has("stances")) {
            Map<Long, List<Stance>> byStatement = statements.stancesOf(page.stream().map(Statement::key).toList());
            List<Stance> all = byStatement.values().stream().flatMap(List::stream).toList();
            page.forEach(s -> s.preload("stances", byStatement.getOrDefault(s.key(), List.of())));
            if (selected.has("stances/topic") && !all.isEmpty()) {
                Map<Long, Topic> byKey = topics.byKeys(keys(all, Stance::topicKey));
                all.forEach(st -> st.preload("topic", byKey.get(st.topicKey())));
            }
        }
    }

    /** Preloads each statement's article, and with it the article's outlet when asked. */
    public void preloadArticles(List<Statement> page, boolean withOutlet) {
        Map<Long, Article> byKey = articles.byKeys(keys(page, Statement::articleKey));
        page.forEach(s -> s.preload("article", byKey.get(s.articleKey())));
        if (withOutlet && !byKey.isEmpty()) {
            Map<Long, Outlet> outlets = articles.outletsByKeys(keys(byKey.values(), Article::outletKey));
            byKey.values().forEach(a -> a.preload("outlet", a.outletKey() == null ? null : outlets.get(a.outletKey())));
        }
    }

    static <T> List<Long> keys(Collection<T> rows, Function<T, Long> key) {
        return rows.stream().map(key).filter(Objects::nonNull).distinct().toList();
    }
}
