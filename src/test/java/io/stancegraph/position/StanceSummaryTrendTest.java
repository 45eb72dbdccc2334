package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** stanceSummary (actors by position at `to`, statements in [from, to]) and stanceTrend buckets that add up to it. */
@QuarkusTest
class StanceSummaryTrendTest {

    private static final List<String> LABELS = List.of("SUPPORT", "OPPOSE", "NEUTRAL", "MIXED");

    private static final String SUMMARY = """
            query($topicId: ID!, $from: Date, $to: Date) {
              stanceSummary(topicId: $topicId, from: $from, to: $to) { label actorCount statementCount }
            }""";

    private static final String TREND = """
            query($topicId: ID!, $from: Date, $to: Date, $interval: Interval) {
              stanceTrend(topicId: $topicId, from: $from, to: $to, interval: $interval) {
                periodStart label actorCount statementCount
              }
            }""";

    @Inject
    TestData data;

    @Test
    void summaryCountsActorsAtTheEndAndStatementsInThePeriod() {
        long topic = fixture();
        Map<String, Map<String, Object>> s = summary(topic, "2021-02-01", "2021-03-31");
        assertEquals(Set.copyOf(LABELS), s.keySet(), "exactly the four labels");
        assertEquals(List.of(1, 2, 0, 0), field(s, "actorCount"),
                "actors by position on Mar 31 (SUPPORT, OPPOSE, NEUTRAL, MIXED): B supports; A and E oppose;"
                        + " C states only after `to`; D's MIXED is retracted");
        assertEquals(List.of(1, 1, 0, 0), field(s, "statementCount"),
                "statements in [Feb 1, Mar 31], bounds inclusive: B's SUPPORT on Feb 1 and A's OPPOSE on Mar 31;"
                        + " E's Jan 31 and A's Jan 10 are before `from`, C's Apr 1 after `to`, D's is retracted");

        Map<String, Map<String, Object>> empty = summary(newTopic(), "2021-02-01", "2021-03-31");
        assertEquals(Set.copyOf(LABELS), empty.keySet(), "a topic without statements still has all four labels");
        assertEquals(List.of(0, 0, 0, 0), field(empty, "actorCount"), "zeros included: no actors");
        assertEquals(List.of(0, 0, 0, 0), field(empty, "statementCount"), "zeros included: no statements");
    }

    @Test
    void monthlyTrendAddsUpToTheSummary() {
        long topic = fixture();
        String from = "2021-01-15";
        String to = "2021-04-10";
        List<Map<String, Object>> buckets = data(TREND, vars("topicId", TestData.id("Topic", topic), "from", from, "to", to,
                "interval", "MONTH")).getList("stanceTrend");
        List<String> months = List.of("2021-01-01", "2021-02-01", "2021-03-01", "2021-04-01");
        assertEquals(16, buckets.size(), "four months (Jan to Apr) of four labels each: " + buckets);
        for (int m = 0; m < months.size(); m++) {
            List<Map<String, Object>> month = buckets.subList(4 * m, 4 * m + 4);
            for (Map<String, Object> b : month) {
                assertEquals(months.get(m), b.get("periodStart"), "buckets oldest first, periodStart on the 1st: " + buckets);
            }
            assertEquals(Set.copyOf(LABELS), month.stream().map(b -> b.get("label")).collect(Collectors.toSet()),
                    "each month has one bucket per label");
        }
        Map<String, Map<String, Object>> jan = byLabel(buckets.subList(0, 4));
        assertEquals(0, jan.get("SUPPORT").get("statementCount"), "A's SUPPORT of Jan 10 is before `from` (Jan 15)");
        assertEquals(1, jan.get("OPPOSE").get("statementCount"), "E's OPPOSE of Jan 31 is in January");
        assertEquals(1, jan.get("SUPPORT").get("actorCount"), "A supports at the end of January");

        Map<String, Map<String, Object>> summary = summary(topic, from, to);
        for (String label : LABELS) {
            int sum = buckets.stream().filter(b -> label.equals(b.get("label")))
                    .mapToInt(b -> (Integer) b.get("statementCount")).sum();
            assertEquals(summary.get(label).get("statementCount"), sum,
                    label + ": statement counts over the buckets add up to stanceSummary's for the same from/to");
        }
        Map<String, Map<String, Object>> last = byLabel(buckets.subList(12, 16));
        for (String label : LABELS) {
            assertEquals(summary.get(label).get("actorCount"), last.get(label).get("actorCount"),
                    label + ": the last bucket's actorCount equals stanceSummary's actorCount");
        }
        assertEquals(List.of(1, 2, 1, 0), field(last, "actorCount"), "on Apr 10: B supports, A and E oppose, C neutral");
        assertEquals(List.of(1, 2, 1, 0), field(summary, "statementCount"), "statements in [Jan 15, Apr 10] per label");
    }

    @Test
    void dailyTrendOfMoreThan1000DaysIsAValidationError() {
        long topic = fixture();
        LocalDate from = LocalDate.parse("2020-01-01");
        List<Map<String, Object>> errors = errors(TREND, vars("topicId", TestData.id("Topic", topic),
                "from", from.toString(), "to", from.plusDays(1000).toString(), "interval", "DAY"));
        assertTrue(errors.stream().allMatch(e -> "VALIDATION".equals(code(e))),
                "1001 daily buckets is a VALIDATION error, got " + errors);
        List<Object> days = data(TREND, vars("topicId", TestData.id("Topic", topic), "from", from.toString(),
                "to", from.plusDays(999).toString(), "interval", "DAY")).getList("stanceTrend");
        assertEquals(4000, days.size(), "1000 days is still allowed: 1000 daily buckets of four labels");
    }

    /**
     * A: SUPPORT Jan 10, OPPOSE Mar 31. B: SUPPORT Feb 1. C: NEUTRAL Apr 1. D: MIXED Feb 15, retracted.
     * E: OPPOSE Jan 31. All in 2021.
     */
    private long fixture() {
        long topic = newTopic();
        long a = data.actor(TestData.unique("A"), "PERSON");
        say(a, topic, "SUPPORT", "2021-01-10");
        say(a, topic, "OPPOSE", "2021-03-31");
        say(data.actor(TestData.unique("B"), "COUNTRY"), topic, "SUPPORT", "2021-02-01");
        say(data.actor(TestData.unique("C"), "PERSON"), topic, "NEUTRAL", "2021-04-01");
        data.retract(say(data.actor(TestData.unique("D"), "PERSON"), topic, "MIXED", "2021-02-15"));
        say(data.actor(TestData.unique("E"), "ORGANIZATION"), topic, "OPPOSE", "2021-01-31");
        return topic;
    }

    private Map<String, Map<String, Object>> summary(long topic, String from, String to) {
        List<Map<String, Object>> rows = data(SUMMARY, vars("topicId", TestData.id("Topic", topic), "from", from, "to", to))
                .getList("stanceSummary");
        assertEquals(4, rows.size(), "stanceSummary has exactly four entries: " + rows);
        return byLabel(rows);
    }

    private static Map<String, Map<String, Object>> byLabel(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> map = new HashMap<>();
        rows.forEach(r -> map.put((String) r.get("label"), r));
        return map;
    }

    /** The field for SUPPORT, OPPOSE, NEUTRAL, MIXED in that order. */
    private static List<Object> field(Map<String, Map<String, Object>> byLabel, String field) {
        return LABELS.stream().map(l -> byLabel.containsKey(l) ? byLabel.get(l).get(field) : null).toList();
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
