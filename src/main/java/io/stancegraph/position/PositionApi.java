package io.stancegraph.position;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;
import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Lookahead;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.position.PositionReader.PositionKey;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementReader;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicReader;

/** Positions folded from stances: per topic, shifts, summaries and trends. */
@GraphQLApi
public class PositionApi {

    @Inject
    PositionReader positions;
    @Inject
    PositionHistoryReader history;
    @Inject
    PositionIncludes includes;
    @Inject
    Context context;
    @Inject
    ActorReader actors;
    @Inject
    TopicReader topics;
    @Inject
    StatementReader statements;

    @Query("positions")
    @NonNull
    @Description("Positions on a topic as of a day (default: today).")
    public PositionConnection positions(@Id @NonNull @Description("The topic.") String topicId,
            @Description("The day the positions hold on (default: today).") LocalDate asOf,
            @DefaultValue("false") @Description("Also credit organisations with what their members said while affiliated and what was said on their behalf.") Boolean rollUp,
            @Description("Only actors of these kinds.") List<ActorKind> kinds,
            @DefaultValue("LAST_STATED_DESC") @Description("Order of the list.") PositionOrder orderBy,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        long topic = GlobalId.requireKey(Topic.TYPE, topicId, "topicId");
        Page<Position> page = positions.forTopic(topic, dayOr(asOf), Boolean.TRUE.equals(rollUp), kinds, orderBy,
                PageRequest.of(first, after));
        includes.preloadPositions(page.items(), Lookahead.ofConnection(context));
        return new PositionConnection(page);
    }

    @NonNull
    @Description("Positions on this topic as of a day (default: today).")
    public List<@NonNull PositionConnection> positions(@Source List<Topic> topics,
            @Description("The day the positions hold on (default: today).") LocalDate asOf,
            @DefaultValue("false") @Description("Also credit organisations with what their members said while affiliated and what was said on their behalf.") Boolean rollUp,
            @Description("Only actors of these kinds.") List<ActorKind> kinds,
            @DefaultValue("LAST_STATED_DESC") @Description("Order of the list.") PositionOrder orderBy,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        Map<Long, Page<Position>> pages = positions.forTopics(
                topics.stream().map(Topic::key).distinct().toList(), dayOr(asOf), Boolean.TRUE.equals(rollUp), kinds,
                orderBy, PageRequest.of(first, after));
        return topics.stream().map(t -> new PositionConnection(pages.get(t.key()))).toList();
    }

    @Query("stanceShifts")
    @NonNull
    @Description("Stance shifts, oldest first.")
    public StanceShiftConnection stanceShifts(@Id @Description("Only shifts on this topic.") String topicId,
            @Id @Description("Only shifts of this actor.") String actorId,
            @Description("Shifted on or after this day.") LocalDate from,
            @Description("Shifted on or before this day.") LocalDate to,
            @DefaultValue("false") @Description("Also credit organisations with what their members said while affiliated and what was said on their behalf.") Boolean rollUp,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        Long topic = topicId == null ? null : GlobalId.requireKey(Topic.TYPE, topicId, "topicId");
        Long actor = actorId == null ? null : GlobalId.requireKey(Actor.TYPE, actorId, "actorId");
        Page<StanceShift> page = history.shifts(topic, actor, from, to, Boolean.TRUE.equals(rollUp),
                PageRequest.of(first, after));
        includes.preloadShifts(page.items(), Lookahead.ofConnection(context));
        return new StanceShiftConnection(page);
    }

    @Query("stanceSummary")
    @NonNull
    @Description("Actors by position at the period's end (default: today) and statements in the period, per label; all four labels, zeros included.")
    public List<@NonNull StanceCount> stanceSummary(@Id @NonNull @Description("The topic.") String topicId,
            @Description("First day of the period (default: no lower bound).") LocalDate from,
            @Description("Last day of the period (default: today).") LocalDate to,
            @DefaultValue("false") @Description("Also credit organisations with what their members said while affiliated and what was said on their behalf.") Boolean rollUp) {
        return history.summary(GlobalId.requireKey(Topic.TYPE, topicId, "topicId"), from, dayOr(to),
                Boolean.TRUE.equals(rollUp));
    }

    @Query("stanceTrend")
    @NonNull
    @Description("stanceSummary per period, for charts: one bucket per period and label, oldest first. Statement counts over the buckets add up to stanceSummary's for the same from/to; the last bucket's actor counts equal its actor counts.")
    public List<@NonNull StanceBucket> stanceTrend(@Id @NonNull @Description("The topic.") String topicId,
            @Description("First day (default: the topic's first statement).") LocalDate from,
            @Description("Last day (default: today).") LocalDate to,
            @DefaultValue("MONTH") @Description("Length of a period.") Interval interval,
            @DefaultValue("false") @Description("Also credit organisations with what their members said while affiliated and what was said on their behalf.") Boolean rollUp) {
        return history.trend(GlobalId.requireKey(Topic.TYPE, topicId, "topicId"), from, dayOr(to),
                interval == null ? Interval.MONTH : interval, Boolean.TRUE.equals(rollUp));
    }

    @NonNull
    @Description("The actor holding the position.")
    public List<@NonNull Actor> actor(@Source List<Position> list) {
        return lookup(list, Position::actorKey, actors::byKeys);
    }

    @NonNull
    @Description("The topic of the position.")
    public List<@NonNull Topic> topic(@Source List<Position> list) {
        return lookup(list, Position::topicKey, topics::byKeys);
    }

    @NonNull
    @Description("The statements behind this position, newest first (first: 0..100).")
    public List<@NonNull List<@NonNull Statement>> evidence(@Source List<Position> list,
            @DefaultValue("5") @Description("How many, 0..100.") Integer first) {
        int limit = PageRequest.size(first, 5, "first");
        Map<PositionKey, List<Long>> ids = new HashMap<>();
        list.stream().collect(Collectors.groupingBy(p -> List.of(p.asOf(), p.rollUp())))
                .forEach((group, members) -> ids.putAll(limit == 0 ? Map.of()
                        : positions.evidence(members, members.get(0).asOf(), members.get(0).rollUp(), limit)));
        Map<Long, Statement> byKey = statements.byKeys(ids.values().stream().flatMap(List::stream).distinct().toList());
        return list.stream().map(p -> ids.getOrDefault(new PositionKey(p.actorKey(), p.topicKey()), List.of())
                .stream().map(byKey::get).toList()).toList();
    }

    private static LocalDate dayOr(LocalDate day) {
        return day == null ? LocalDate.now(ZoneOffset.UTC) : day;
    }

    static <S, T> List<T> lookup(List<S> list, ToLongFunction<S> key,
            java.util.function.Function<List<Long>, Map<Long, T>> load) {
        Map<Long, T> byKey = load.apply(list.stream().map(key::applyAsLong).distinct().toList());
        return list.stream().map(s -> byKey.get(key.applyAsLong(s))).toList();
    }
}
