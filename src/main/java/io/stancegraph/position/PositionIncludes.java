package io.stancegraph.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.actor.ActorReader;
import io.stancegraph.common.Lookahead;
import io.stancegraph.common.Preloaded;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementIncludes;
import io.stancegraph.statement.StatementReader;
import io.stancegraph.topic.TopicReader;

/**
 * Reads the batched fields a client selected under a page of positions (actor, topic) or of stance shifts (the actor,
 * both statements, their articles) right after the page and preloads them, as {@link StatementIncludes} does for
 * statement pages: one SQL statement each, no data-loader rounds, and both statements of every shift in one.
 */
@ApplicationScoped
public class PositionIncludes {

    @Inject
    ActorReader actors;
    @Inject
    StatementReader statements;
    @Inject
    TopicReader topics;
    @Inject
    StatementIncludes statementIncludes;

    public void preloadPositions(List<Position> page, Lookahead selected) {
        if (page.isEmpty()) {
            return;
        }
        if (selected.has("actor")) {
            Preloaded.preloadEach(page, "actor", PositionApi.lookup(page, Position::actorKey, actors::byKeys));
        }
        if (selected.has("topic")) {
            Preloaded.preloadEach(page, "topic", PositionApi.lookup(page, Position::topicKey, topics::byKeys));
        }
    }

    void preloadShifts(List<StanceShift> page, Lookahead selected) {
        if (page.isEmpty()) {
            return;
        }
        if (selected.has("actor")) {
            Preloaded.preloadEach(page, "actor", PositionApi.lookup(page, StanceShift::actorKey, actors::byKeys));
        }
        boolean from = selected.has("fromStatement");
        boolean to = selected.has("toStatement");
        if (!from && !to) {
            return;
        }
        Map<Long, Statement> byKey = statements.byKeys(page.stream()
                .flatMap(s -> Stream.of(from ? s.fromStatementKey() : null, to ? s.toStatementKey() : null))
                .filter(Objects::nonNull).distinct().toList());
        List<Statement> withArticle = new ArrayList<>();
        for (StanceShift s : page) {
            if (from) {
                s.preload("fromStatement", byKey.get(s.fromStatementKey()));
            }
            if (to) {
                s.preload("toStatement", byKey.get(s.toStatementKey()));
            }
            if (from && selected.has("fromStatement/article") && byKey.containsKey(s.fromStatementKey())) {
                withArticle.add(byKey.get(s.fromStatementKey()));
            }
            if (to && selected.has("toStatement/article") && byKey.containsKey(s.toStatementKey())) {
                withArticle.add(byKey.get(s.toStatementKey()));
            }
        }
        if (!withArticle.isEmpty()) {
            statementIncludes.preloadArticles(withArticle, false);
        }
    }
}
