package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** Position.since (start of the latest run), lastStatedOn, statementCount and evidence (newest first, limited). */
@QuarkusTest
class PositionSinceEvidenceTest {

    private static final String POSITION = """
            query($topicId: ID!, $asOf: Date, $n: Int) {
              positions(topicId: $topicId, asOf: $asOf, first: 100) {
                totalCount
                nodes { actor { id } label since lastStatedOn statementCount evidence(first: $n) { id } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void sinceIsTheFirstDateOfTheLatestRunOfTheLabel() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Turncoat"), "PERSON");
        say(actor, topic, "SUPPORT", "2021-01-01");
        say(actor, topic, "OPPOSE", "2021-02-01");
        say(actor, topic, "OPPOSE", "2021-03-01");

        JsonPath d = data(POSITION, vars("topicId", TestData.id("Topic", topic), "asOf", "2021-12-31", "n", 5));
        assertEquals(1, d.getInt("positions.totalCount"), "one actor, one position");
        assertEquals("OPPOSE", d.getString("positions.nodes[0].label"), "the latest label");
        assertEquals("2021-02-01", d.getString("positions.nodes[0].since"),
                "OPPOSE on Feb 1 and Mar 1 after SUPPORT on Jan 1: OPPOSE since Feb 1");
        assertEquals("2021-03-01", d.getString("positions.nodes[0].lastStatedOn"), "lastStatedOn is the latest statement");
        assertEquals(3, d.getInt("positions.nodes[0].statementCount"), "all three statements count");

        d = data(POSITION, vars("topicId", TestData.id("Topic", topic), "asOf", "2021-02-15", "n", 5));
        assertEquals("2021-02-01", d.getString("positions.nodes[0].since"), "as of Feb 15 the OPPOSE run began on Feb 1");
        assertEquals("2021-02-01", d.getString("positions.nodes[0].lastStatedOn"), "the Mar 1 statement is after asOf");
        assertEquals(2, d.getInt("positions.nodes[0].statementCount"), "only statements up to asOf count");
    }

    @Test
    void sinceRestartsWhenALabelComesBack() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Waverer"), "PERSON");
        say(actor, topic, "SUPPORT", "2021-01-01");
        say(actor, topic, "SUPPORT", "2021-01-15");
        say(actor, topic, "OPPOSE", "2021-02-01");
        say(actor, topic, "SUPPORT", "2021-03-01");
        say(actor, topic, "SUPPORT", "2021-04-01");

        JsonPath d = data(POSITION, vars("topicId", TestData.id("Topic", topic), "asOf", "2021-12-31", "n", 5));
        assertEquals("SUPPORT", d.getString("positions.nodes[0].label"), "the latest label");
        assertEquals("2021-03-01", d.getString("positions.nodes[0].since"),
                "SUPPORT again after OPPOSE: the latest run starts on Mar 1, not at the first SUPPORT on Jan 1");
        assertEquals(5, d.getInt("positions.nodes[0].statementCount"), "statementCount counts every statement, any label");
    }

    @Test
    void evidenceIsNewestFirstAndLimited() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Talker"), "PERSON");
        long s1 = say(actor, topic, "SUPPORT", "2021-01-01");
        long s2 = say(actor, topic, "OPPOSE", "2021-02-01");
        long s3 = say(actor, topic, "SUPPORT", "2021-03-01");
        long s4 = say(actor, topic, "NEUTRAL", "2021-04-01");
        String topicId = TestData.id("Topic", topic);

        JsonPath two = data(POSITION, vars("topicId", topicId, "asOf", "2021-12-31", "n", 2));
        assertEquals(ids(s4, s3), two.getList("positions.nodes[0].evidence.id"), "evidence(first: 2): the two newest");
        JsonPath all = data(POSITION, vars("topicId", topicId, "asOf", "2021-12-31", "n", 100));
        assertEquals(ids(s4, s3, s2, s1), all.getList("positions.nodes[0].evidence.id"), "all statements, newest first");
        JsonPath asOf = data(POSITION, vars("topicId", topicId, "asOf", "2021-02-20", "n", 100));
        assertEquals(ids(s2, s1), asOf.getList("positions.nodes[0].evidence.id"), "evidence stops at asOf");
        JsonPath none = data(POSITION, vars("topicId", topicId, "asOf", "2021-12-31", "n", 0));
        assertEquals(List.of(), none.getList("positions.nodes[0].evidence"), "evidence(first: 0) is empty");
        JsonPath byDefault = data("""
                query($topicId: ID!) { positions(topicId: $topicId) { nodes { evidence { id } } } }""",
                vars("topicId", topicId));
        assertEquals(ids(s4, s3, s2, s1), byDefault.getList("positions.nodes[0].evidence.id"),
                "default evidence (first: 5) holds all four, newest first");
    }

    @Test
    void evidenceOver100IsAValidationError() {
        long topic = newTopic();
        say(data.actor(TestData.unique("Quoted"), "PERSON"), topic, "SUPPORT", "2021-01-01");
        for (int n : new int[] {101, -1}) {
            List<Map<String, Object>> errors = errors(POSITION, vars("topicId", TestData.id("Topic", topic), "n", n));
            assertTrue(errors.stream().allMatch(e -> "VALIDATION".equals(code(e))),
                    "evidence(first: " + n + ") is a VALIDATION error, got " + errors);
            assertTrue(String.valueOf(errors.get(0).get("message")).contains("first"),
                    "the message names the argument: " + errors);
        }
    }

    private long newTopic() {
        return data.topic(TestData.unique("t").toLowerCase().replace(' ', '-'));
    }

    private long say(long actor, long topic, String label, String day) {
        LocalDate d = LocalDate.parse(day);
        return data.statement(data.article().publishedOn(d).create()).speaker(actor).saidOn(d)
                .stance(topic, label, null).create();
    }

    private static List<String> ids(long... statements) {
        return java.util.Arrays.stream(statements).mapToObj(s -> TestData.id("Statement", s)).toList();
    }
}
