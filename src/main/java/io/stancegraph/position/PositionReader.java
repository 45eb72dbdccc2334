package io.stancegraph.position;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.common.ApiException;
import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;
import io.stancegraph.common.Totals;
import io.stancegraph.statement.StanceLabel;

/** Positions, shifts, summaries and trends, each computed in one SQL statement from {@link PositionSql}. */
@ApplicationScoped
public class PositionReader {

    /** A trend is for charts: more points than this is a mistake in the arguments, not a chart. */
    static final int MAX_BUCKETS = 1000;

    @Inject
    Db db;

    public record PositionKey(long actor, long topic) {
    }

    public Page<Position> forTopic(long topic, LocalDate asOf, boolean rollUp, List<ActorKind> kinds,
            PositionOrder order, PageRequest page) {
        return forTopics(List.of(topic), asOf, rollUp, kinds, order, page).get(topic);
    }

    /**
     * A page of positions per topic: one fold over all the topics, paged per topic in the same SQL statement;
     * every total in one more statement, when a client asks for one.
     */
    public Map<Long, Page<Position>> forTopics(List<Long> topics, LocalDate asOf, boolean rollUp, List<ActorKind> kinds,
            PositionOrder order, PageRequest page) {
        long[] keys = Sql.keys(topics);
        Sql where = new Sql(" where true");
        if (kinds != null) {
            where.add(" and p.actor_id in (select id from actor where kind = any(?))", Sql.names(kinds));
        }
        Sql count = PositionSql.ctes(keys, null, asOf, rollUp).add(PositionSql.POSITIONS)
                .add("select p.topic_id, count(*)::int from positions p").add(where).add(" group by p.topic_id");
        boolean byCount = order == PositionOrder.STATEMENT_COUNT_DESC;
        String key = byCount ? "p.statement_count" : "p.last_stated_on";
        Sql sql = PositionSql.ctes(keys, null, asOf, rollUp).add(PositionSql.POSITIONS)
                .add("select actor_id, topic_id, label, since, last_stated_on, statement_count from ("
                        + "select p.*, row_number() over (partition by p.topic_id order by " + key + " desc, p.actor_id) as n"
                        + " from positions p").add(where);
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 2);
            Object value = byCount ? (Object) (int) Cursor.longPart(parts.get(0), page.after())
                    : LocalDate.parse(Cursor.datePart(parts.get(0), page.after()));
            sql.add(" and (" + key + " < ? or (" + key + " = ? and p.actor_id > ?))",
                    value, value, Cursor.longPart(parts.get(1), page.after()));
        }
        sql.add(") ranked where n <= ? order by topic_id, n", page.first() + 1);
        Map<Long, List<Position>> byTopic = db.list(sql, r -> map(r, asOf, rollUp)).stream()
                .collect(Collectors.groupingBy(Position::topicKey));
        Totals totals = new Totals(db, count);
        Map<Long, Page<Position>> out = new LinkedHashMap<>();
        for (long topic : topics) {
            out.put(topic, Page.of(byTopic.getOrDefault(topic, List.of()), page,
                    p -> Cursor.encode(byCount ? p.getStatementCount() : p.getLastStatedOn(), p.actorKey()),
                    () -> totals.of(topic)));
        }
        return out;
    }

    /** Each actor's positions on every topic, most recently stated first. */
    public Map<Long, List<Position>> forActors(Collection<Long> actors, LocalDate asOf, boolean rollUp) {
        Sql sql = PositionSql.ctes(null, Sql.keys(actors), asOf, rollUp).add(PositionSql.POSITIONS)
                .add("select p.actor_id, p.topic_id, p.label, p.since, p.last_stated_on, p.statement_count from positions p"
                        + " order by p.actor_id, p.last_stated_on desc, p.topic_id");
        return db.list(sql, r -> map(r, asOf, rollUp)).stream()
                .collect(Collectors.groupingBy(Position::actorKey, LinkedHashMap::new, Collectors.toList()));
    }

    /** The statements behind each position, newest first, at most {@code limit} each. */
    public Map<PositionKey, List<Long>> evidence(Collection<Position> positions, LocalDate asOf, boolean rollUp,
            int limit) {
        long[] actors = positions.stream().mapToLong(Position::actorKey).distinct().toArray();
        long[] topics = positions.stream().mapToLong(Position::topicKey).distinct().toArray();
        record Evidence(PositionKey key, long statement) {
        }
        Sql sql = PositionSql.ctes(topics, actors, asOf, rollUp).add("""
                select actor_id, topic_id, id from (
                    select cr.*, row_number() over (partition by actor_id, topic_id
                           order by effective_on desc, confidence desc nulls last, kind_rank, start_offset desc nulls last, id desc) as n
                      from credited cr) e
                 where n <= ? order by actor_id, topic_id, n""", limit);
        return db.list(sql, r -> new Evidence(new PositionKey(r.id(1), r.id(2)), r.id(3))).stream()
                .collect(Collectors.groupingBy(Evidence::key, LinkedHashMap::new,
                        Collectors.mapping(Evidence::statement, Collectors.toList())));
    }

    public Page<StanceShift> shifts(Long topic, Long actor, LocalDate from, LocalDate to, boolean rollUp,
            PageRequest page) {
        checkRange(from, to);
        LocalDate asOf = to == null ? LocalDate.of(9999, 12, 31) : to;
        long[] topics = topic == null ? null : new long[] {topic};
        long[] actors = actor == null ? null : new long[] {db.one(new Sql("select live_actor(?)", actor), r -> r.id(1))};
        Sql where = new Sql(" where r.prev_label is not null and r.prev_label <> r.label"
                + " and r.actor_id in (select id from actor where merged_into_id is null)");
        if (from != null) {
            where.add(" and r.effective_on >= ?", from);
        }
        Sql count = PositionSql.ctes(topics, actors, asOf, rollUp).add("select count(*) from runs r").add(where);
        Sql sql = PositionSql.ctes(topics, actors, asOf, rollUp)
                .add("select r.actor_id, r.topic_id, r.prev_label, r.label, r.prev_id, r.id, r.effective_on from runs r")
                .add(where);
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 3);
            LocalDate date = LocalDate.parse(Cursor.datePart(parts.get(0), page.after()));
            sql.add(" and (r.effective_on, r.actor_id, r.topic_id) > (?, ?, ?)", date,
                    Cursor.longPart(parts.get(1), page.after()), Cursor.longPart(parts.get(2), page.after()));
        }
        sql.add(" order by r.effective_on, r.actor_id, r.topic_id limit ?", page.first() + 1);
        return Page.of(db.list(sql, r -> new StanceShift(r.id(1), r.id(2), r.enumValue(3, StanceLabel.class),
                r.enumValue(4, StanceLabel.class), r.id(5), r.id(6), r.date(7))), page,
                s -> Cursor.encode(s.getShiftedOn(), s.actorKey(), s.topicKey()), () -> db.count(count));
    }

    public List<StanceCount> summary(long topic, LocalDate from, LocalDate to, boolean rollUp) {
        checkRange(from, to);
        Sql buckets = new Sql("select coalesce(?::date, '-infinity'::date) as period_start, ?::date as period_end", from, to);
        return counts(topic, from, to, rollUp, buckets).stream()
                .map(b -> new StanceCount(b.getLabel(), b.getActorCount(), b.getStatementCount())).toList();
    }

    public List<StanceBucket> trend(long topic, LocalDate from, LocalDate to, Interval interval, boolean rollUp) {
        checkRange(from, to);
        LocalDate start = from != null ? from : db.one(new Sql("select min(s.effective_on) from stance st"
                + " join statement s on s.id = st.statement_id where st.topic_id = ? and not s.retracted", topic),
                r -> r.date(1));
        if (start == null || start.isAfter(to)) {
            return List.of();
        }
        String unit = interval.name().toLowerCase();
        long periods = switch (interval) {
            case DAY -> ChronoUnit.DAYS.between(start, to);
            case WEEK -> ChronoUnit.WEEKS.between(start, to);
            case MONTH -> ChronoUnit.MONTHS.between(start, to);
            case YEAR -> ChronoUnit.YEARS.between(start, to);
        };
        if (periods >= MAX_BUCKETS) {
            throw new ApiException("stanceTrend: " + (periods + 1) + " periods of one " + unit + " between " + start
                    + " and " + to + "; at most " + MAX_BUCKETS + ": narrow from/to or use a longer interval");
        }
        Sql buckets = new Sql("select gs::date as period_start,"
                + " least((gs + ('1 ' || ?)::interval)::date - 1, ?::date) as period_end"
                + " from generate_series(date_trunc(?, ?::date), ?::date, ('1 ' || ?)::interval) gs",
                unit, to, unit, start, to, unit);
        return counts(topic, from, to, rollUp, buckets);
    }

    private List<StanceBucket> counts(long topic, LocalDate from, LocalDate to, boolean rollUp, Sql buckets) {
        Sql sql = PositionSql.ctes(new long[] {topic}, null, to, rollUp).add(", buckets as (").add(buckets).add(")")
                .add("""
                        , labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
                        actor_counts as (
                            select bk.period_start, p.label, count(*)::int as n
                              from buckets bk cross join lateral (
                                   select distinct on (d.actor_id) d.actor_id, d.label
                                     from daily d join actor a on a.id = d.actor_id and a.merged_into_id is null
                                    where d.effective_on <= bk.period_end
                                    order by d.actor_id, d.effective_on desc) p
                             group by 1, 2
                        ),
                        statement_counts as (
                            select bk.period_start, b.label, count(distinct b.id)::int as n
                              from buckets bk join base b on b.effective_on <= bk.period_end
                                   and b.effective_on >= greatest(bk.period_start, coalesce(?::date, '-infinity'::date))
                             group by 1, 2
                        )
                        select bk.period_start, l.label, coalesce(ac.n, 0), coalesce(sc.n, 0)
                          from buckets bk cross join labels l
                          left join actor_counts ac on ac.period_start = bk.period_start and ac.label = l.label
                          left join statement_counts sc on sc.period_start = bk.period_start and sc.label = l.label
                         order by bk.period_start, l.ord
                        """, from);
        return db.list(sql, r -> new StanceBucket(r.date(1), r.enumValue(2, StanceLabel.class), r.integer(3), r.integer(4)));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException("from (" + from + ") is after to (" + to + ")");
        }
    }

    private static Position map(Row r, LocalDate asOf, boolean rollUp) throws SQLException {
        return new Position(r.id(1), r.id(2), r.enumValue(3, StanceLabel.class), r.date(4), r.date(5), r.integer(6),
                asOf, rollUp);
    }
}
