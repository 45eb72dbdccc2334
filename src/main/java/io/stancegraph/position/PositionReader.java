package io.stancegraph.position;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;
import io.stancegraph.common.Totals;
import io.stancegraph.statement.StanceLabel;

/**
 * Positions and their evidence, read from the fold kept on write (V3: {@code position_day}, {@code position_credit}).
 * A position as of a day is the actor's latest {@code position_day} row up to that day: the row whose
 * {@code [day, next_day)} holds the day. Today's are the rows without a next day (one partial index), plus, rarely,
 * rows superseded by statements dated later than the day asked.
 */
@ApplicationScoped
public class PositionReader {

    private static final String COLUMNS = "pd.actor_id, pd.topic_id, pd.label, pd.since, pd.day, pd.statement_count";

    @Inject
    Db db;

    public record PositionKey(long actor, long topic) {
    }

    public Page<Position> forTopic(long topic, LocalDate asOf, boolean rollUp, List<ActorKind> kinds,
            PositionOrder order, PageRequest page) {
        return forTopics(List.of(topic), asOf, rollUp, kinds, order, page).get(topic);
    }

    /** A page of positions per topic, all in one SQL statement; every total in one more, when a client asks. */
    public Map<Long, Page<Position>> forTopics(List<Long> topics, LocalDate asOf, boolean rollUp, List<ActorKind> kinds,
            PositionOrder order, PageRequest page) {
        boolean byCount = order == PositionOrder.STATEMENT_COUNT_DESC;
        String key = byCount ? "pd.statement_count" : "pd.day";
        Sql pages = new Sql("");
        Sql counts = new Sql("");
        for (int i = 0; i < topics.size(); i++) {
            long topic = topics.get(i);
            Sql latest = heldOn(topic, asOf, rollUp, kinds, true).add(seek(key, byCount, page));
            Sql superseded = heldOn(topic, asOf, rollUp, kinds, false).add(seek(key, byCount, page));
            pages.add(i == 0 ? "(" : " union all (")
                    .add("select * from ((select " + COLUMNS + " from position_day pd").add(latest)
                    .add(" order by " + key + " desc, pd.actor_id" + Sql.limit(page.first() + 1) + ")")
                    .add(" union all (select " + COLUMNS + " from position_day pd").add(superseded).add(")) p")
                    .add(" order by " + key.substring(3) + " desc, actor_id" + Sql.limit(page.first() + 1) + ")");
            counts.add(i == 0 ? "" : " union all ").add("select ?::bigint, ((select count(*) from position_day pd", topic)
                    .add(heldOn(topic, asOf, rollUp, kinds, true)).add(") + (select count(*) from position_day pd")
                    .add(heldOn(topic, asOf, rollUp, kinds, false)).add("))::int");
        }
        Comparator<Position> sort = byCount
                ? Comparator.comparing(Position::getStatementCount).reversed()
                : Comparator.comparing(Position::getLastStatedOn).reversed();
        Map<Long, List<Position>> byTopic = db.list(pages, r -> map(r, asOf, rollUp)).stream()
                .collect(Collectors.groupingBy(Position::topicKey));
        Totals totals = new Totals(db, counts);
        Map<Long, Page<Position>> out = new LinkedHashMap<>();
        for (long topic : topics) {
            List<Position> rows = byTopic.getOrDefault(topic, List.of()).stream()
                    .sorted(sort.thenComparingLong(Position::actorKey)).toList();
            out.put(topic, Page.of(rows, page,
                    p -> Cursor.encode(byCount ? p.getStatementCount() : p.getLastStatedOn(), p.actorKey()),
                    () -> totals.of(topic)));
        }
        return out;
    }

    /**
     * The positions of one topic held on a day: either the latest rows ({@code next_day is null}) or the rows a later
     * day superseded; each form matches one partial index.
     */
    private static Sql heldOn(long topic, LocalDate asOf, boolean rollUp, List<ActorKind> kinds, boolean latest) {
        Sql sql = new Sql(" where pd.topic_id = ? and pd.rolled = ? and pd.day <= ?", topic, rollUp, asOf);
        sql.add(latest ? " and pd.next_day is null" : " and pd.next_day > ?", latest ? new Object[0] : new Object[] {asOf});
        if (kinds != null) {
            sql.add(" and pd.actor_id in (select id from actor where kind = any(?))", Sql.names(kinds));
        }
        return sql;
    }

    /** Past the cursor in (key desc, actor asc) order; the first bound is the one an index can seek to. */
    private static Sql seek(String key, boolean byCount, PageRequest page) {
        if (page.after() == null) {
            return new Sql("");
        }
        List<String> parts = Cursor.decode(page.after(), 2);
        Object value = byCount ? (Object) (int) Cursor.longPart(parts.get(0), page.after())
                : LocalDate.parse(Cursor.datePart(parts.get(0), page.after()));
        return new Sql(" and " + key + " <= ? and (" + key + " < ? or pd.actor_id > ?)", value, value,
                Cursor.longPart(parts.get(1), page.after()));
    }

    /** Each actor's positions on every topic, most recently stated first. */
    public Map<Long, List<Position>> forActors(Collection<Long> actors, LocalDate asOf, boolean rollUp) {
        long[] keys = Sql.keys(actors);
        // "day + 0": PostgreSQL soon caches a generic plan for this statement, and with "day <= ?" as an index bound
        // it picked the primary key (actor, topic, rolled, day) over the latest-rows index and read every day of the
        // actor's history to keep the latest rows: 4,940 rows for 199 at 50,000 statements, 1.6 ms against 0.2 ms
        Sql sql = new Sql("select " + COLUMNS + " from position_day pd"
                + " where pd.actor_id = any(?) and pd.rolled = ? and pd.day + 0 <= ? and pd.next_day is null"
                + " union all select " + COLUMNS + " from position_day pd"
                + " where pd.actor_id = any(?) and pd.rolled = ? and pd.day <= ? and pd.next_day > ?"
                + " order by 1, 5 desc, 2", keys, rollUp, asOf, keys, rollUp, asOf, asOf);
        return db.list(sql, r -> map(r, asOf, rollUp)).stream()
                .collect(Collectors.groupingBy(Position::actorKey, LinkedHashMap::new, Collectors.toList()));
    }

    /** The statements behind each position, newest first, at most {@code limit} each. */
    public Map<PositionKey, List<Long>> evidence(Collection<Position> positions, LocalDate asOf, boolean rollUp,
            int limit) {
        List<PositionKey> keys = positions.stream().map(p -> new PositionKey(p.actorKey(), p.topicKey())).distinct().toList();
        record Evidence(PositionKey key, long statement) {
        }
        Sql sql = new Sql("""
                select p.a, p.t, e.statement_id
                  from unnest(?::bigint[], ?::bigint[]) with ordinality p(a, t, n)
                 cross join lateral (
                       select c.statement_id, c.effective_on, c.confidence, c.kind_rank, c.start_offset
                         from position_credit c
                        where c.actor_id = p.a and c.topic_id = p.t and c.effective_on <= ?""" + (rollUp ? "" : " and c.own")
                + """

                        order by c.effective_on desc, c.confidence desc nulls last, c.kind_rank,
                                 c.start_offset desc nulls last, c.statement_id desc
                       %s) e
                 order by p.n, e.effective_on desc, e.confidence desc nulls last, e.kind_rank,
                          e.start_offset desc nulls last, e.statement_id desc""".formatted(Sql.limit(limit)),
                keys.stream().mapToLong(PositionKey::actor).toArray(), keys.stream().mapToLong(PositionKey::topic).toArray(),
                asOf);
        return db.list(sql, r -> new Evidence(new PositionKey(r.id(1), r.id(2)), r.id(3))).stream()
                .collect(Collectors.groupingBy(Evidence::key, LinkedHashMap::new,
                        Collectors.mapping(Evidence::statement, Collectors.toList())));
    }

    static Position map(Row r, LocalDate asOf, boolean rollUp) throws SQLException {
        return new Position(r.id(1), r.id(2), r.enumValue(3, StanceLabel.class), r.date(4), r.date(5), r.integer(6),
                asOf, rollUp);
    }
}
