package io.stancegraph.position;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.common.ApiException;
import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Sql;
import io.stancegraph.statement.StanceLabel;

/**
 * Positions over time: shifts (a {@code position_day} row whose label differs from the day before), and per-label
 * summaries and trends summed from {@code topic_day}, whose actor columns are net changes: the number of actors
 * holding a label at the end of a period is the sum of its changes up to that day.
 */
@ApplicationScoped
public class PositionHistoryReader {

    /** A trend is for charts: more points than this is a mistake in the arguments, not a chart. */
    static final int MAX_BUCKETS = 1000;

    @Inject
    Db db;

    public Page<StanceShift> shifts(Long topic, Long actor, LocalDate from, LocalDate to, boolean rollUp,
            PageRequest page) {
        checkRange(from, to);
        Sql where = new Sql(" where pd.rolled = ? and pd.prev_label <> pd.label", rollUp);
        if (topic != null) {
            where.add(" and pd.topic_id = ?", topic);
        }
        if (actor != null) {
            where.add(" and pd.actor_id = live_actor(?)", actor);
        }
        if (from != null) {
            where.add(" and pd.day >= ?", from);
        }
        if (to != null) {
            where.add(" and pd.day <= ?", to);
        }
        Sql count = new Sql("select count(*)::int from position_day pd").add(where);
        Sql sql = new Sql("select pd.actor_id, pd.topic_id, pd.prev_label, pd.label, pd.prev_statement_id, pd.statement_id,"
                + " pd.day from position_day pd").add(where);
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 3);
            LocalDate date = LocalDate.parse(Cursor.datePart(parts.get(0), page.after()));
            sql.add(" and pd.day >= ? and (pd.day, pd.actor_id, pd.topic_id) > (?, ?, ?)", date, date,
                    Cursor.longPart(parts.get(1), page.after()), Cursor.longPart(parts.get(2), page.after()));
        }
        sql.add(" order by pd.day, pd.actor_id, pd.topic_id" + Sql.limit(page.first() + 1));
        return Page.of(db.list(sql, r -> new StanceShift(r.id(1), r.id(2), r.enumValue(3, StanceLabel.class),
                r.enumValue(4, StanceLabel.class), r.id(5), r.id(6), r.date(7))), page,
                s -> Cursor.encode(s.getShiftedOn(), s.actorKey(), s.topicKey()), () -> db.count(count));
    }

    public List<StanceCount> summary(long topic, LocalDate from, LocalDate to, boolean rollUp) {
        checkRange(from, to);
        Sql buckets = new Sql("select coalesce(?::date, '-infinity'::date) as period_start, ?::date as period_end", from, to);
        Sql bucketOf = new Sql("coalesce(?::date, '-infinity'::date)", from);
        return counts(topic, from, to, rollUp, buckets, dailyWithin(bucketOf, rollUp, topic, from, from, to), from).stream()
                .map(b -> new StanceCount(b.getLabel(), b.getActorCount(), b.getStatementCount())).toList();
    }

    public List<StanceBucket> trend(long topic, LocalDate from, LocalDate to, Interval interval, boolean rollUp) {
        checkRange(from, to);
        LocalDate start = from != null ? from
                : db.one(new Sql("select min(day) from topic_day where topic_id = ? and statements > 0", topic), r -> r.date(1));
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
        LocalDate first = switch (interval) {
            case DAY -> start;
            case WEEK -> start.with(java.time.DayOfWeek.MONDAY);
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
        Sql within = interval == Interval.MONTH || interval == Interval.YEAR
                ? monthlyWithin(unit, rollUp, topic, first, from, to)
                : dailyWithin(new Sql("date_trunc(?, td.day)::date", unit), rollUp, topic, first, from, to);
        return counts(topic, from, to, rollUp, buckets, within, first);
    }

    /**
     * Per bucket and label: actors holding the label at the bucket's end (every change up to it, summed) and
     * statements in the bucket on or after {@code from}. Changes before the first bucket ({@code first}, null for
     * none) are summed once, from whole months then the days of the last one; {@code within} gives each bucket's
     * sums (period_start, label, actors, statements). Every part reads a primary key as a range.
     */
    private List<StanceBucket> counts(long topic, LocalDate from, LocalDate to, boolean rollUp, Sql buckets, Sql within,
            LocalDate first) {
        String actors = rollUp ? "actors_rolled" : "actors";
        Sql sql = new Sql("with buckets as (").add(buckets).add(")").add("""
                , labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
                before as (
                    select label, sum(actors) as actors from (
                        select tm.label, tm.%1$s as actors from topic_month tm
                         where tm.topic_id = ? and tm.month < date_trunc('month', coalesce(?::date, '-infinity'::date))
                        union all
                        select td.label, td.%1$s from topic_day td
                         where td.topic_id = ? and td.day >= date_trunc('month', coalesce(?::date, '-infinity'::date))
                           and td.day < coalesce(?::date, '-infinity'::date)) b
                     group by label
                ),
                within as (""".formatted(actors), topic, first, topic, first, first).add(within).add("""
                )
                select bk.period_start, l.label,
                       (coalesce(b.actors, 0) + sum(coalesce(w.actors, 0)) over (partition by l.label order by bk.period_start))::int,
                       coalesce(w.statements, 0)::int
                  from buckets bk cross join labels l
                  left join within w on w.period_start = bk.period_start and w.label = l.label
                  left join before b on b.label = l.label
                 order by bk.period_start, l.ord
                """);
        return db.list(sql, r -> new StanceBucket(r.date(1), r.enumValue(2, StanceLabel.class), r.integer(3), r.integer(4)));
    }

    /** Each day from {@code first} to {@code to} in the bucket {@code bucketOf} names; statements only from {@code from}. */
    private static Sql dailyWithin(Sql bucketOf, boolean rollUp, long topic, LocalDate first, LocalDate from,
            LocalDate to) {
        return new Sql("select ").add(bucketOf).add(" as period_start, td.label, sum(td." + (rollUp ? "actors_rolled" : "actors")
                + ") as actors, sum(td.statements) filter (where td.day >= coalesce(?::date, '-infinity'::date)) as statements"
                + " from topic_day td where td.topic_id = ? and td.day >= coalesce(?::date, '-infinity'::date)"
                + " and td.day <= ? group by 1, 2", from, topic, first, to);
    }

    /**
     * Whole months from {@code first} to the month of {@code to}, less the days after {@code to} in its month, less
     * the statements on days before {@code from} in the first: months and years add up months, not days.
     */
    private static Sql monthlyWithin(String unit, boolean rollUp, long topic, LocalDate first, LocalDate from,
            LocalDate to) {
        String actors = rollUp ? "actors_rolled" : "actors";
        return new Sql("""
                select period_start, label, sum(actors) as actors, sum(statements) as statements from (
                    select date_trunc(?, tm.month)::date as period_start, tm.label, tm.%1$s as actors, tm.statements
                      from topic_month tm where tm.topic_id = ? and tm.month >= ? and tm.month <= date_trunc('month', ?::date)
                    union all
                    select date_trunc(?, td.day)::date, td.label, -td.%1$s, -td.statements
                      from topic_day td where td.topic_id = ? and td.day > ?
                       and td.day < date_trunc('month', ?::date) + interval '1 month'
                    union all
                    select date_trunc(?, td.day)::date, td.label, 0, -td.statements
                      from topic_day td where td.topic_id = ? and td.day >= ? and td.day < coalesce(?::date, '-infinity'::date)
                ) parts group by 1, 2""".formatted(actors), unit, topic, first, to, unit, topic, to, to, unit, topic, first, from);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException("from (" + from + ") is after to (" + to + ")");
        }
    }
}
