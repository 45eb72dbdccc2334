package io.stancegraph.common;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay object identification: node(id:) and nodes(ids:) over every Node type, and the shape of IDs. */
@QuarkusTest
class NodeTest {

    private static final String NODE = """
            query($id: ID!) {
              node(id: $id) {
                __typename id
                ... on Actor { name }
                ... on Article { title }
                ... on Outlet { name }
                ... on Topic { slug }
                ... on Statement { text retracted }
              }
            }""";

    private static final String NODES = """
            query($ids: [ID!]!) {
              nodes(ids: $ids) { __typename id ... on Actor { name } ... on Topic { slug } ... on Statement { text } }
            }""";

    @Inject
    TestData data;

    @Test
    void nodeResolvesEveryType() {
        String outletName = TestData.unique("Outlet");
        long outlet = data.outlet(outletName);
        String title = TestData.unique("Node article");
        long article = data.article().title(title).outlet(outlet).create();
        String actorName = TestData.unique("Node actor");
        long actor = data.actor(actorName, "PERSON");
        String slug = TestData.uniqueSlug("node");
        long topic = data.topic(slug);
        String text = TestData.unique("Node statement");
        long statement = data.statement(article).speaker(actor).text(text).create();

        assertNode("Actor", actor, "node.name", actorName);
        assertNode("Article", article, "node.title", title);
        assertNode("Outlet", outlet, "node.name", outletName);
        assertNode("Topic", topic, "node.slug", slug);
        assertNode("Statement", statement, "node.text", text);
    }

    private static void assertNode(String type, long key, String field, String expected) {
        String id = TestData.id(type, key);
        JsonPath d = data(NODE, vars("id", id));
        assertEquals(type, d.getString("node.__typename"), "node(id:) of a " + type + " has __typename " + type);
        assertEquals(id, d.getString("node.id"), "node(id:) returns the object with the asked ID");
        assertEquals(expected, d.getString(field), "node(id:) of a " + type + " gives its fields");
    }

    @Test
    void aRetractedStatementStillResolves() {
        long statement = data.statement(data.article().create()).create();
        data.retract(statement);
        JsonPath d = data(NODE, vars("id", TestData.id("Statement", statement)));
        assertEquals("Statement", d.getString("node.__typename"), "a retracted statement resolves by ID");
        assertTrue(d.getBoolean("node.retracted"), "and says it is retracted");
    }

    @Test
    void unknownAndMalformedIdsGiveNull() {
        for (String id : List.of(TestData.id("Actor", 999_999_999L), TestData.id("Position", 1), "garbage", "123", "")) {
            JsonPath d = data(NODE, vars("id", id));
            assertNull(d.get("node"), "node(id: '" + id + "') matches nothing: null, no error");
        }
    }

    @Test
    void nodesKeepsTheOrderAskedWithNullsForMisses() {
        long actor = data.actor(TestData.unique("Nodes actor"), "ORGANIZATION");
        String slug = TestData.uniqueSlug("nodes");
        long topic = data.topic(slug);
        String text = TestData.unique("Nodes statement");
        long statement = data.statement(data.article().create()).text(text).create();
        List<String> ids = List.of(TestData.id("Statement", statement), TestData.id("Topic", 999_999_999L),
                TestData.id("Actor", actor), "not-an-id", TestData.id("Topic", topic), TestData.id("Actor", actor));
        JsonPath d = data(NODES, vars("ids", ids),
                "nodes(ids:) resolves a list of IDs, with null for unknown or malformed ones");
        List<Map<String, Object>> nodes = d.getList("nodes");
        assertEquals(ids.size(), nodes.size(), "one entry per asked ID: " + nodes);
        assertEquals(text, d.getString("nodes[0].text"), "first the statement");
        assertNull(nodes.get(1), "an unknown Topic ID gives null in its place");
        assertEquals("Actor", d.getString("nodes[2].__typename"), "then the actor");
        assertNull(nodes.get(3), "a malformed ID gives null in its place");
        assertEquals(slug, d.getString("nodes[4].slug"), "then the topic");
        assertEquals(ids.get(5), d.getString("nodes[5].id"), "an ID asked twice resolves twice");
    }

    @Test
    void moreThanHundredIdsIsAValidationError() {
        long actor = data.actor(TestData.unique("Many"), "PERSON");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add(TestData.id("Actor", actor));
        }
        List<Map<String, Object>> errors = errors(NODES, vars("ids", ids));
        assertEquals("VALIDATION", code(errors.get(0)), "nodes(ids:) takes at most 100 IDs: " + errors);
        JsonPath ok = data(NODES, vars("ids", ids.subList(0, 100)), "nodes(ids:) with 100 valid IDs resolves them all");
        assertEquals(100, ok.getList("nodes").size(), "100 IDs are allowed");
    }

    @Test
    void idsAreOpaqueAndUniqueAcrossTypes() {
        long actor = data.actor(TestData.unique("Opaque"), "PERSON");
        String id = data("""
                query($name: String) { actor(name: $name) { id } }""", vars("name", "United States")).getString("actor.id");
        assertFalse(id.matches("\\d+"), "an ID is not the bare numeric key: " + id);
        String own = data(NODE, vars("id", TestData.id("Actor", actor))).getString("node.id");
        for (String plain : List.of(String.valueOf(actor), "Actor:" + actor, "Actor" + actor, "actor-" + actor)) {
            assertNotEquals(plain, own, "an ID is opaque, not the key in plain text");
        }

        assertNotEquals(TestData.id("Actor", 1), TestData.id("Topic", 1), "Actor 1 and Topic 1 have different IDs");
        JsonPath d = data("""
                query($actor: ID!, $topic: ID!) {
                  actor: node(id: $actor) { __typename id }
                  topic: node(id: $topic) { __typename id }
                }""", vars("actor", TestData.id("Actor", 1), "topic", TestData.id("Topic", 1)));
        assertEquals("Actor", d.getString("actor.__typename"), "the seed's actor 1 resolves as an Actor");
        assertEquals("Topic", d.getString("topic.__typename"), "the seed's topic 1 resolves as a Topic");
        assertNotEquals(d.getString("actor.id"), d.getString("topic.id"), "and their IDs differ");
    }
}
