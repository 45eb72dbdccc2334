package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.post;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** rollUp: organisations credited with members' statements while affiliated, on-behalf-of statements, nesting. */
@QuarkusTest
class RollUpTest {

    private static final String POSITIONS = """
            query($topicId: ID!, $rollUp: Boolean) {
              positions(topicId: $topicId, asOf: "2022-12-31", rollUp: $rollUp, first: 100) {
                nodes { actor { id } label since lastStatedOn statementCount }
              }
              topic(id: $topicId) {
                positions(asOf: "2022-12-31", rollUp: $rollUp, first: 100) { nodes { actor { id } label statementCount } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void memberStatementsCountForTheOrganisationOnlyWhileAffiliated() {
        long topic = newTopic();
        long org = data.actor(TestData.unique("Party"), "ORGANIZATION");
        long member = data.actor(TestData.unique("Member"), "PERSON");
        data.affiliate(member, org, "spokesperson", LocalDate.parse("2021-03-01"), LocalDate.parse("2021-06-30"));
        long before = say(member, topic, "OPPOSE", "2021-02-28");
        long onStart = say(member, topic, "SUPPORT", "2021-03-01");
        long onEnd = say(member, topic, "SUPPORT", "2021-06-30");
        long after = say(member, topic, "MIXED", "2021-07-01");

        JsonPath d = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", true));
        Map<String, Object> p = find(d.getList("positions.nodes"), org);
        assertNotNull(p, "with rollUp the party has a position from its member's statements");
        assertEquals("SUPPORT", p.get("label"), "the MIXED of Jul 1, a day after the affiliation ended, does not count");
        assertEquals(2, p.get("statementCount"), "only the statements on Mar 1 and Jun 30 (inclusive bounds) count");
        assertEquals("2021-03-01", p.get("since"), "the OPPOSE of Feb 28, before the affiliation, does not count");
        assertEquals("2021-06-30", p.get("lastStatedOn"), "the last statement while affiliated");
        assertEquals(2, find(d.getList("topic.positions.nodes"), org).get("statementCount"),
                "Topic.positions(rollUp: true) credits the party the same way");
        assertEquals("MIXED", find(d.getList("positions.nodes"), member).get("label"), "the member keeps all of his own");

        JsonPath plain = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", false));
        assertNull(find(plain.getList("positions.nodes"), org), "without rollUp the party, silent itself, has no position");
        assertNull(find(plain.getList("topic.positions.nodes"), org), "Topic.positions without rollUp: no party position");

        JsonPath evidence = data("""
                query($topicId: ID!) { positions(topicId: $topicId, asOf: "2022-12-31", rollUp: true, first: 100) {
                  nodes { actor { id } evidence(first: 10) { id } } } }""", vars("topicId", TestData.id("Topic", topic)));
        assertEquals(List.of(Map.of("id", TestData.id("Statement", onEnd)), Map.of("id", TestData.id("Statement", onStart))),
                find(evidence.getList("positions.nodes"), org).get("evidence"),
                "the party's evidence is the member's two statements while affiliated, newest first, not "
                        + ids(before, after));
    }

    @Test
    void statementsOnBehalfOfTheOrganisationCountWithRollUp() {
        long topic = newTopic();
        long country = data.actor(TestData.unique("Country"), "COUNTRY");
        long envoy = data.actor(TestData.unique("Envoy"), "PERSON");
        say(country, topic, "NEUTRAL", "2021-01-01");
        data.statement(data.article().publishedOn(LocalDate.parse("2021-05-01")).create()).speaker(envoy)
                .onBehalfOf(country).saidOn(LocalDate.parse("2021-05-01")).stance(topic, "OPPOSE", null).create();

        JsonPath rolled = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", true));
        Map<String, Object> p = find(rolled.getList("positions.nodes"), country);
        assertEquals("OPPOSE", p.get("label"), "with rollUp the envoy's words on the country's behalf set its position");
        assertEquals(2, p.get("statementCount"), "its own statement and the one on its behalf");
        JsonPath plain = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", false));
        p = find(plain.getList("positions.nodes"), country);
        assertEquals("NEUTRAL", p.get("label"), "without rollUp only the country's own statement counts");
        assertEquals(1, p.get("statementCount"), "without rollUp only its own statement");

        JsonPath actor = data("""
                query($id: ID, $rollUp: Boolean) {
                  actor(id: $id) { positions(asOf: "2022-12-31", rollUp: $rollUp) { topic { id } label statementCount } }
                }""", vars("id", TestData.id("Actor", country), "rollUp", true));
        assertEquals("OPPOSE", actor.getString("actor.positions[0].label"), "Actor.positions(rollUp: true) agrees");
        assertEquals(2, actor.getInt("actor.positions[0].statementCount"), "Actor.positions(rollUp: true) counts both");
        actor = data("""
                query($id: ID) { actor(id: $id) { positions(asOf: "2022-12-31") { label statementCount } } }""",
                vars("id", TestData.id("Actor", country)));
        assertEquals("NEUTRAL", actor.getString("actor.positions[0].label"), "Actor.positions without rollUp: own only");
    }

    @Test
    void nestedAffiliationsRollUpToTheCountry() {
        long topic = newTopic();
        long country = data.actor(TestData.unique("Republic"), "COUNTRY");
        long ministry = data.actor(TestData.unique("Ministry"), "GOVERNMENT");
        long minister = data.actor(TestData.unique("Minister"), "PERSON");
        data.affiliate(ministry, country, "ministry", null, null);
        data.affiliate(minister, ministry, "minister", LocalDate.parse("2021-01-01"), LocalDate.parse("2021-12-31"));
        say(minister, topic, "SUPPORT", "2020-12-31");
        say(minister, topic, "OPPOSE", "2021-04-01");
        say(minister, topic, "MIXED", "2022-01-01");

        JsonPath d = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", true));
        for (long org : new long[] {ministry, country}) {
            Map<String, Object> p = find(d.getList("positions.nodes"), org);
            assertNotNull(p, "the minister's words roll up through the ministry to " + (org == country ? "the country" : "the ministry"));
            assertEquals("OPPOSE", p.get("label"), "only the statement made in office counts");
            assertEquals(1, p.get("statementCount"), "neither the statement before nor after the term counts");
        }
        JsonPath actor = data("""
                query($id: ID) { actor(id: $id) { positions(asOf: "2022-12-31", rollUp: true) { label statementCount } } }""",
                vars("id", TestData.id("Actor", country)));
        assertEquals(List.of("OPPOSE"), actor.getList("actor.positions.label"), "Actor.positions(rollUp: true) of the country");
        JsonPath plain = data(POSITIONS, vars("topicId", TestData.id("Topic", topic), "rollUp", false));
        assertNull(find(plain.getList("positions.nodes"), country), "without rollUp the silent country has no position");
    }

    @Test
    void includeAffiliatedStatementsFollowTheAffiliationPeriodAndOnBehalfOf() {
        long topic = newTopic();
        long country = data.actor(TestData.unique("Kingdom"), "COUNTRY");
        long ministry = data.actor(TestData.unique("Office"), "GOVERNMENT");
        long minister = data.actor(TestData.unique("Secretary"), "PERSON");
        long envoy = data.actor(TestData.unique("Ambassador"), "PERSON");
        data.affiliate(ministry, country, "ministry", null, null);
        data.affiliate(minister, ministry, "minister", LocalDate.parse("2021-03-01"), LocalDate.parse("2021-06-30"));
        long own = say(country, topic, "NEUTRAL", "2021-01-01");
        long before = say(minister, topic, "OPPOSE", "2021-02-28");
        long onStart = say(minister, topic, "SUPPORT", "2021-03-01");
        long onEnd = say(minister, topic, "SUPPORT", "2021-06-30");
        long after = say(minister, topic, "MIXED", "2021-07-01");
        long onBehalf = data.statement(data.article().publishedOn(LocalDate.parse("2021-05-01")).create()).speaker(envoy)
                .onBehalfOf(country).saidOn(LocalDate.parse("2021-05-01")).stance(topic, "OPPOSE", null).create();

        assertEquals(ids(own), affiliatedStatements(country, false), "without includeAffiliated only the country's own");
        assertEquals(ids(own, onStart, onEnd, onBehalf), affiliatedStatements(country, true),
                "speakerIds [country] with includeAffiliated: its own statement, the minister's while in office"
                        + " (Mar 1 and Jun 30, bounds inclusive, through the ministry) and the envoy's on its behalf;"
                        + " not the minister's before or after the term " + ids(before, after));
        assertEquals(ids(onStart, onEnd), affiliatedStatements(ministry, true),
                "speakerIds [ministry] with includeAffiliated: the minister's statements while affiliated only");
    }

    private Set<String> affiliatedStatements(long org, boolean includeAffiliated) {
        JsonPath json = post("""
                query($org: ID!, $inc: Boolean) {
                  statements(filter: { speakerIds: [$org], includeAffiliated: $inc }, first: 100) { totalCount nodes { id } }
                }""", vars("org", TestData.id("Actor", org), "inc", includeAffiliated)).then().statusCode(200)
                .extract().jsonPath();
        assertNull(json.get("errors"), "statements(filter: { speakerIds, includeAffiliated: " + includeAffiliated
                + " }) answers without errors, got " + json.prettify());
        JsonPath d = json.setRootPath("data");
        List<String> ids = d.getList("statements.nodes.id");
        assertEquals(ids.size(), d.getInt("statements.totalCount"), "totalCount matches the single page");
        return Set.copyOf(ids);
    }

    private static Set<String> ids(long... statements) {
        return java.util.Arrays.stream(statements).mapToObj(s -> TestData.id("Statement", s)).collect(Collectors.toSet());
    }

    private static Map<String, Object> find(List<Map<String, Object>> nodes, long actor) {
        return nodes.stream().filter(n -> TestData.id("Actor", actor).equals(((Map<?, ?>) n.get("actor")).get("id")))
                .findFirst().orElse(null);
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
