package io.stancegraph.statement;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Relevance;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;
import io.stancegraph.common.Totals;

/** Reads statements and their stances; every method answers many parents in one SQL statement. */
@ApplicationScoped
public class StatementReader {

    static final String COLUMNS = "s.id, s.article_id, s.speaker_id, s.on_behalf_of_id, s.attribution, s.kind, s.text,"
            + " s.cue, s.said_on, s.said_on_precision, s.start_offset, s.end_offset, s.responds_to_id, s.retracted,"
            + " s.retraction_reason, s.version, s.effective_on";

    @Inject
    Db db;

    static Statement map(Row r) throws SQLException {
        return new Statement(r.id(1), r.id(2), r.nullableId(3), r.nullableId(4), r.text(5),
                r.enumValue(6, StatementKind.class), r.text(7), r.text(8), r.date(9), r.enumValue(10, DatePrecision.class),
                r.integer(11), r.integer(12), r.nullableId(13), r.bool(14), r.text(15), r.integer(16), r.date(17));
    }

    /** Statements by key, retracted ones included (an ID always resolves). */
    public Map<Long, Statement> byKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return db.list(new Sql("select " + COLUMNS + " from statement s where s.id = any(?)", Sql.keys(keys)),
                StatementReader::map).stream().collect(Collectors.toMap(Statement::key, s -> s));
    }

    public Statement byKey(long key) {
        return byKeys(List.of(key)).get(key);
    }

    /** Each article's live statements in text order. */
    public Map<Long, List<Statement>> byArticles(Collection<Long> articleKeys) {
        return groupBy(db.list(new Sql("select " + COLUMNS + " from statement s"
                + " where s.article_id = any(?) and not s.retracted order by s.article_id, s.start_offset nulls last, s.id",
                Sql.keys(articleKeys)), StatementReader::map), Statement::articleKey);
    }

    public Page<Statement> find(StatementFilter filter, StatementOrder order, PageRequest page) {
        StatementQuery query = new StatementQuery(filter, order);
        if (query.byRelevance()) {
            return Relevance.page(db, query.ranked(COLUMNS), page, StatementReader::map,
                    () -> db.count(query.select("count(*)")));
        }
        return Page.of(db.list(query.page(COLUMNS, page), StatementReader::map), page, query::cursor,
                () -> db.count(query.select("count(*)")));
    }

    /**
     * One connection per filter (one per parent: an actor's, a topic's statements), all pages in one SQL statement
     * and, when any connection's totalCount is asked for, all totals in one more.
     */
    public List<Page<Statement>> findEach(List<StatementFilter> filters, StatementOrder order, PageRequest page) {
        if (filters.isEmpty()) {
            return List.of();
        }
        List<StatementQuery> queries = filters.stream().map(f -> new StatementQuery(f, order)).toList();
        Sql pages = new Sql("");
        Sql counts = new Sql("");
        for (int i = 0; i < queries.size(); i++) {
            StatementQuery q = queries.get(i);
            String columns = COLUMNS + ", " + i + " as part";
            pages.add(i == 0 ? "(" : " union all (")
                    .add(q.byRelevance() ? Relevance.limit(q.ranked(columns), page) : q.page(columns, page)).add(")");
            counts.add(i == 0 ? "select " + i + "::bigint, (" : " union all select " + i + "::bigint, (")
                    .add(q.select("count(*)")).add(")::int");
        }
        record Part(int part, Statement statement) {
        }
        Map<Integer, List<Statement>> byPart = db.list(pages, r -> new Part(r.integer(18), map(r))).stream()
                .collect(Collectors.groupingBy(Part::part, Collectors.mapping(Part::statement, Collectors.toList())));
        Totals totals = new Totals(db, counts);
        List<Page<Statement>> out = new java.util.ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            List<Statement> rows = byPart.getOrDefault(i, List.of());
            StatementQuery q = queries.get(i);
            int part = i;
            out.add(q.byRelevance() ? Relevance.page(rows, page, () -> totals.of(part))
                    : Page.of(rows, page, q::cursor, () -> totals.of(part)));
        }
        return out;
    }

    public Map<Long, List<Stance>> stancesOf(Collection<Long> statementKeys) {
        return groupBy(db.list(new Sql("select statement_id, topic_id, label, confidence from stance"
                + " where statement_id = any(?) order by statement_id, topic_id", Sql.keys(statementKeys)),
                r -> new Stance(r.id(1), r.id(2), r.enumValue(3, StanceLabel.class), r.decimal(4))), Stance::statementKey);
    }

    /** Actor keys each statement mentions. */
    public Map<Long, List<Long>> mentionsOf(Collection<Long> statementKeys) {
        record Mention(long statement, long actor) {
        }
        return db.list(new Sql("select statement_id, actor_id from statement_mention where statement_id = any(?)"
                + " order by statement_id, actor_id", Sql.keys(statementKeys)), r -> new Mention(r.id(1), r.id(2)))
                .stream().collect(Collectors.groupingBy(Mention::statement, LinkedHashMap::new,
                        Collectors.mapping(Mention::actor, Collectors.toList())));
    }

    /** The article's live statements that extraction recorded, in text order. */
    public List<Statement> extractedIn(long articleKey) {
        return db.list(new Sql("select " + COLUMNS + " from statement s where s.article_id = ? and not s.retracted"
                + " and exists (select 1 from revision r where r.statement_id = s.id and r.action = 'EXTRACTED')"
                + " order by s.start_offset nulls last, s.id", articleKey), StatementReader::map);
    }

    /** Each statement's revisions, oldest first. */
    public Map<Long, List<Revision>> historyOf(Collection<Long> statementKeys) {
        return groupBy(db.list(new Sql("select statement_id, action, created_at, by_subject, detail from revision"
                + " where statement_id = any(?) order by statement_id, id", Sql.keys(statementKeys)),
                r -> new Revision(r.id(1), r.enumValue(2, RevisionAction.class), r.timestamp(3), r.text(4), r.text(5))),
                Revision::statementKey);
    }

    static <T> Map<Long, List<T>> groupBy(List<T> rows, java.util.function.ToLongFunction<T> key) {
        return rows.stream().collect(Collectors.groupingBy(key::applyAsLong, LinkedHashMap::new, Collectors.toList()));
    }
}
