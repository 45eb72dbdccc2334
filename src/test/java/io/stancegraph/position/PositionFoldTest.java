package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** The fold from stances to a position: latest dated stance as of a day, date fallback, same-day ties, retractions. */
@QuarkusTest
class PositionFoldTest {

    private static final String POSITIONS = """
            query($topicId: ID!, $asOf: Date) {
              positions(topicId: $topicId, asOf: $asOf, first: 100) {
                totalCount
                nodes { actor { id } label lastStatedOn statementCount evidence(first: 100) { id } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void positionIsTheLatestDatedStanceAsOfTheDay() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Minister"), "PERSON");
        say(actor, topic, "SUPPORT", "2021-01-10", null, "DIRECT");
        say(actor, topic, "OPPOSE", "2021-02-10", null, "DIRECT");

        assertNull(position(topic, actor, "2021-01-09"), "no position as of the day before the first statement");
        assertEquals("SUPPORT", label(topic, actor, "2021-01-10"), "the first statement counts on its own day");
        assertEquals("SUPPORT", label(topic, actor, "2021-02-09"), "the earlier label holds until the later statement");
        assertEquals("OPPOSE", label(topic, actor, "2021-02-10"), "asOf is inclusive: the later statement counts on its day");
        assertEquals("OPPOSE", label(topic, actor, "2030-01-01"), "the latest stance holds afterwards");

        JsonPath d = data("""
                query($id: ID, $asOf: Date) { actor(id: $id) { positions(asOf: $asOf) { topic { id } label } } }""",
                vars("id", TestData.id("Actor", actor), "asOf", "2021-01-31"));
        assertEquals(List.of(TestData.id("Topic", topic)), d.getList("actor.positions.topic.id"),
                "Actor.positions holds one position, on the test topic");
        assertEquals("SUPPORT", d.getString("actor.positions[0].label"), "Actor.positions folds the same way as of Jan 31");
    }

    @Test
    void undatedStatementsNeverCount() {
        long topic = newTopic();
        long dated = data.actor(TestData.unique("Dated"), "PERSON");
        long undatedOnly = data.actor(TestData.unique("Undated"), "PERSON");
        say(dated, topic, "SUPPORT", "2021-01-10", null, "DIRECT");
        long undatedArticle = data.article().publishedOn(null).create();
        data.statement(undatedArticle).speaker(dated).stance(topic, "OPPOSE", 1.0).create();
        data.statement(undatedArticle).speaker(undatedOnly).stance(topic, "OPPOSE", 1.0).create();

        Map<String, Object> p = position(topic, dated, "2030-01-01");
        assertNotNull(p, "the dated statement gives a position");
        assertEquals("SUPPORT", p.get("label"), "an undated OPPOSE (no saidOn, article without publishedOn) never counts");
        assertEquals(1, p.get("statementCount"), "the undated statement is not counted");
        assertNull(position(topic, undatedOnly, "2030-01-01"), "an actor with only undated statements has no position");
        assertEquals(1, data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "asOf", "2030-01-01"))
                .getInt("positions.totalCount"), "only the actor with a dated statement has a position");
    }

    @Test
    void statementDateFallsBackToTheArticlesPublishedOn() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Spokesman"), "PERSON");
        say(actor, topic, "SUPPORT", "2021-01-10", null, "DIRECT");
        long article = data.article().publishedOn(LocalDate.parse("2021-03-01")).create();
        data.statement(article).speaker(actor).stance(topic, "OPPOSE", null).create();

        assertEquals("SUPPORT", label(topic, actor, "2021-02-28"), "without saidOn the statement dates from its article's"
                + " publishedOn (Mar 1), so it does not count on Feb 28");
        Map<String, Object> p = position(topic, actor, "2021-03-01");
        assertEquals("OPPOSE", p.get("label"), "the statement dated by its article counts from Mar 1");
        assertEquals("2021-03-01", p.get("lastStatedOn"), "lastStatedOn is the article's publishedOn");

        long other = data.actor(TestData.unique("Envoy"), "PERSON");
        long late = data.article().publishedOn(LocalDate.parse("2021-06-01")).create();
        data.statement(late).speaker(other).saidOn(LocalDate.parse("2021-01-05")).stance(topic, "OPPOSE", null).create();
        say(other, topic, "SUPPORT", "2021-02-01", null, "DIRECT");
        assertEquals("SUPPORT", label(topic, other, "2021-12-31"),
                "saidOn (Jan 5) wins over a later publishedOn (Jun 1): the Feb 1 SUPPORT is the latest");
    }

    @Test
    void sameDayTieGoesToTheHigherConfidence() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Senator"), "PERSON");
        say(actor, topic, "OPPOSE", "2021-05-05", 0.9, "REPORTED");
        say(actor, topic, "SUPPORT", "2021-05-05", 0.4, "DIRECT");
        assertEquals("OPPOSE", label(topic, actor, "2021-05-31"),
                "on the same day the stance with confidence 0.9 beats 0.4, whatever the kind or insertion order");
    }

    @Test
    void sameDayEqualConfidenceGoesDirectOverIndirectOverReported() {
        long topic = newTopic();
        long direct = data.actor(TestData.unique("Direct"), "PERSON");
        say(direct, topic, "SUPPORT", "2021-05-05", 0.8, "DIRECT");
        say(direct, topic, "NEUTRAL", "2021-05-05", 0.8, "INDIRECT");
        say(direct, topic, "OPPOSE", "2021-05-05", 0.8, "REPORTED");
        long indirect = data.actor(TestData.unique("Indirect"), "PERSON");
        say(indirect, topic, "MIXED", "2021-05-05", 0.8, "INDIRECT");
        say(indirect, topic, "OPPOSE", "2021-05-05", 0.8, "REPORTED");

        assertEquals("SUPPORT", label(topic, direct, "2021-05-31"), "DIRECT beats INDIRECT and REPORTED on equal confidence");
        assertEquals("MIXED", label(topic, indirect, "2021-05-31"), "INDIRECT beats REPORTED on equal confidence");
    }

    @Test
    void retractedStatementsNeverCount() {
        long topic = newTopic();
        long actor = data.actor(TestData.unique("Retractor"), "PERSON");
        long kept = say(actor, topic, "SUPPORT", "2021-01-10", null, "DIRECT");
        data.retract(say(actor, topic, "OPPOSE", "2021-02-10", 1.0, "DIRECT"));
        long onlyRetracted = data.actor(TestData.unique("Withdrawn"), "PERSON");
        data.retract(say(onlyRetracted, topic, "MIXED", "2021-02-10", null, "DIRECT"));

        Map<String, Object> p = position(topic, actor, "2030-01-01");
        assertEquals("SUPPORT", p.get("label"), "the retracted OPPOSE does not change the position");
        assertEquals(1, p.get("statementCount"), "the retracted statement is not counted");
        assertEquals("2021-01-10", p.get("lastStatedOn"), "lastStatedOn ignores the retracted statement");
        assertEquals(List.of(Map.of("id", TestData.id("Statement", kept))), p.get("evidence"),
                "evidence holds only the live statement");
        assertNull(position(topic, onlyRetracted, "2030-01-01"), "an actor whose only statement is retracted has no position");

        JsonPath d = data("""
                query($topicId: ID!, $actorId: ID) {
                  statements(filter: { topicIds: [$topicId] }, first: 100) { totalCount nodes { id } }
                  topic(id: $topicId) { statements(first: 100) { totalCount nodes { id } } }
                  actor(id: $actorId) { statements(first: 100) { totalCount nodes { id } } }
                }""", vars("topicId", TestData.id("Topic", topic), "actorId", TestData.id("Actor", actor)));
        List<String> live = List.of(TestData.id("Statement", kept));
        assertEquals(live, d.getList("statements.nodes.id"), "Query.statements leaves retracted statements out");
        assertEquals(1, d.getInt("statements.totalCount"), "Query.statements totalCount leaves retracted statements out");
        assertEquals(live, d.getList("topic.statements.nodes.id"), "Topic.statements leaves retracted statements out");
        assertEquals(live, d.getList("actor.statements.nodes.id"), "Actor.statements leaves retracted statements out");
        assertEquals(1, d.getInt("actor.statements.totalCount"), "Actor.statements totalCount leaves retracted out");
    }

    private long newTopic() {
        return data.topic(TestData.unique("t").toLowerCase().replace(' ', '-'));
    }

    private long say(long actor, long topic, String label, String day, Double confidence, String kind) {
        LocalDate d = LocalDate.parse(day);
        return data.statement(data.article().publishedOn(d).create()).speaker(actor).saidOn(d).kind(kind)
                .stance(topic, label, confidence).create();
    }

    private Map<String, Object> position(long topic, long actor, String asOf) {
        List<Map<String, Object>> nodes = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "asOf", asOf))
                .getList("positions.nodes");
        return nodes.stream().filter(n -> TestData.id("Actor", actor).equals(((Map<?, ?>) n.get("actor")).get("id")))
                .findFirst().orElse(null);
    }

    private String label(long topic, long actor, String asOf) {
        Map<String, Object> p = position(topic, actor, asOf);
        assertNotNull(p, "the actor has a position as of " + asOf);
        return (String) p.get("label");
    }
}
