package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** stanceShifts: consecutive daily positions with different labels, filtered, oldest first, paged. */
@QuarkusTest
class StanceShiftTest {

    private static final String SHIFTS = """
            query($topicId: ID, $actorId: ID, $from: Date, $to: Date, $first: Int, $after: String) {
              stanceShifts(topicId: $topicId, actorId: $actorId, from: $from, to: $to, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { actor { id } topic { id } fromLabel toLabel shiftedOn fromStatement { id } toStatement { id } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void differentConsecutiveLabelsGiveShiftsOldestFirst() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Shifter"), "PERSON");
        say(actor, topic, "SUPPORT", "2021-01-01");
        long lastSupport = say(actor, topic, "SUPPORT", "2021-02-01");
        long firstOppose = say(actor, topic, "OPPOSE", "2021-03-01");
        long lastOppose = say(actor, topic, "OPPOSE", "2021-04-01");
        long neutral = say(actor, topic, "NEUTRAL", "2021-05-01");

        JsonPath d = data(SHIFTS, vars("topicId", id("Topic", topic), "first", 100));
        assertEquals(2, d.getInt("stanceShifts.totalCount"), "SUPPORT, SUPPORT, OPPOSE, OPPOSE, NEUTRAL: two shifts");
        assertEquals(List.of("SUPPORT", "OPPOSE"), d.getList("stanceShifts.nodes.fromLabel"), "fromLabels, oldest first");
        assertEquals(List.of("OPPOSE", "NEUTRAL"), d.getList("stanceShifts.nodes.toLabel"), "toLabels, oldest first");
        assertEquals(List.of("2021-03-01", "2021-05-01"), d.getList("stanceShifts.nodes.shiftedOn"),
                "shiftedOn is the date of the statement that changed the position");
        assertEquals(List.of(id("Statement", lastSupport), id("Statement", lastOppose)),
                d.getList("stanceShifts.nodes.fromStatement.id"), "fromStatement is the position just before the shift");
        assertEquals(List.of(id("Statement", firstOppose), id("Statement", neutral)),
                d.getList("stanceShifts.nodes.toStatement.id"), "toStatement is the statement that changed it");
        assertEquals(List.of(id("Actor", actor), id("Actor", actor)), d.getList("stanceShifts.nodes.actor.id"), "the actor");
        assertEquals(List.of(id("Topic", topic), id("Topic", topic)), d.getList("stanceShifts.nodes.topic.id"), "the topic");
    }

    @Test
    void theSameLabelTwiceOrARetractedChangeIsNoShift() {
        long topic = newTopic();
        long steady = data.actor(TestData.unique("Steady"), "PERSON");
        say(steady, topic, "SUPPORT", "2021-01-01");
        say(steady, topic, "SUPPORT", "2021-02-01");
        long retractor = data.actor(TestData.unique("Retractor"), "PERSON");
        say(retractor, topic, "OPPOSE", "2021-01-01");
        data.retract(say(retractor, topic, "SUPPORT", "2021-02-01"));
        say(retractor, topic, "OPPOSE", "2021-03-01");

        JsonPath d = data(SHIFTS, vars("topicId", id("Topic", topic), "first", 100));
        assertEquals(0, d.getInt("stanceShifts.totalCount"),
                "the same label twice is no shift, nor is a change whose statement was retracted: " + d.getList("stanceShifts.nodes"));
        assertEquals(List.of(), d.getList("stanceShifts.nodes"), "no shift nodes");
    }

    @Test
    void filtersByTopicActorAndDates() {
        long topic = newTopic();
        long otherTopic = newTopic();
        long actor = data.actor(TestData.unique("Flipper"), "PERSON");
        long other = data.actor(TestData.unique("Other"), "PERSON");
        for (long a : new long[] {actor, other}) {
            say(a, topic, "SUPPORT", "2021-01-01");
            say(a, topic, "OPPOSE", "2021-02-01");
            say(a, topic, "SUPPORT", "2021-03-01");
        }
        say(actor, otherTopic, "NEUTRAL", "2021-01-15");
        say(actor, otherTopic, "MIXED", "2021-02-15");

        String t = id("Topic", topic);
        String a = id("Actor", actor);
        assertEquals(4, count(vars("topicId", t)), "topicId: both actors' two shifts on the topic");
        assertEquals(3, count(vars("actorId", a)), "actorId: the actor's shifts on both topics");
        JsonPath both = data(SHIFTS, vars("topicId", t, "actorId", a, "first", 100));
        assertEquals(List.of("2021-02-01", "2021-03-01"), both.getList("stanceShifts.nodes.shiftedOn"),
                "topicId and actorId combine with AND");
        JsonPath from = data(SHIFTS, vars("topicId", t, "actorId", a, "from", "2021-03-01", "first", 100));
        assertEquals(List.of("2021-03-01"), from.getList("stanceShifts.nodes.shiftedOn"), "from is inclusive");
        JsonPath to = data(SHIFTS, vars("topicId", t, "actorId", a, "to", "2021-02-01", "first", 100));
        assertEquals(List.of("2021-02-01"), to.getList("stanceShifts.nodes.shiftedOn"), "to is inclusive");
        assertEquals(1, count(vars("actorId", a, "from", "2021-02-02", "to", "2021-02-28")),
                "only the Feb 15 shift on the other topic lies between Feb 2 and Feb 28");
        assertEquals(0, count(vars("actorId", a, "from", "2021-03-02")), "no shift after Mar 1");
    }

    @Test
    void pagesWalkEveryShiftOnceOldestFirst() {
        long topic = newTopic();
        String[] labels = {"SUPPORT", "OPPOSE", "NEUTRAL", "MIXED"};
        // all three actors shift on the same days, so the pages must break ties on shiftedOn consistently
        for (int a = 0; a < 3; a++) {
            long actor = data.actor(TestData.unique("Pager " + a), "PERSON");
            for (int day = 1; day <= 4; day++) {
                say(actor, topic, labels[(day + a) % 4], "2021-0" + day + "-01");
            }
        }
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            JsonPath d = data(SHIFTS, vars("topicId", id("Topic", topic), "first", 2, "after", after));
            assertEquals(9, d.getInt("stanceShifts.totalCount"), "three actors with three shifts each, on every page");
            all.addAll(d.getList("stanceShifts.nodes"));
            after = d.getBoolean("stanceShifts.pageInfo.hasNextPage") ? d.getString("stanceShifts.pageInfo.endCursor") : null;
        } while (after != null && all.size() < 50);
        assertEquals(9, all.size(), "paging with first: 2 returns all nine shifts");
        assertEquals(9, all.stream().map(s -> ((Map<?, ?>) s.get("toStatement")).get("id")).distinct().count(),
                "no shift is repeated across pages");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(((String) all.get(i - 1).get("shiftedOn")).compareTo((String) all.get(i).get("shiftedOn")) <= 0,
                    "shifts are oldest first across pages: " + all);
        }
    }

    private int count(Map<String, Object> filters) {
        Map<String, Object> v = new java.util.HashMap<>(filters);
        v.put("first", 100);
        JsonPath d = data(SHIFTS, v);
        assertEquals(d.getList("stanceShifts.nodes").size(), d.getInt("stanceShifts.totalCount"),
                "totalCount equals the rows of a single page for " + filters);
        return d.getInt("stanceShifts.totalCount");
    }

    private static String id(String type, long key) {
        return TestData.id(type, key);
    }

    private long newTopic() {
        return data.topic(TestData.unique("t").toLowerCase().replace(' ', '-'));
    }

    private long say(long actor, long topic, String label, String day) {
        LocalDate d = LocalDate.parse(day);
        return data.statement(data.article().publishedOn(d).create()).speaker(actor).saidOn(d)
                .stance(topic, label, null).create();
    }
}
