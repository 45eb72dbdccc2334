package io.stancegraph.actor;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/**
 * An actor's statements and positions, and a topic's positions, read the articles, outlets, topics and actors their
 * client selected together with their rows (inside a batched field, or at the root); what they answer must be what
 * the same objects answer on their own, fetched by ID field by field.
 */
@QuarkusTest
class ActorPagePreloadTest {

    private static final String PAGE = """
            query($id: ID!, $topicId: ID!) {
              node(id: $id) {
                ... on Actor {
                  statements(first: 10, orderBy: OLDEST_FIRST) {
                    nodes { id article { id title outlet { name } } stances { label topic { slug } } }
                  }
                  positions { label topic { id slug } }
                }
              }
              positions(topicId: $topicId, first: 10) { nodes { label actor { id name } topic { slug } } }
            }""";

    private static final String STATEMENT = """
            query($id: ID!) {
              node(id: $id) { ... on Statement { id article { id title outlet { name } } stances { label topic { slug } } } }
            }""";

    private static final String TOPIC = """
            query($id: ID!) { node(id: $id) { ... on Topic { id slug } } }""";

    @Inject
    TestData data;

    @Test
    void nestedPagesAnswerAsTheirObjectsDoAlone() {
        String suffix = TestData.unique("app");
        long outlet = data.outlet("Outlet " + suffix);
        long first = data.article().title("First " + suffix).outlet(outlet).publishedOn(LocalDate.of(2022, 5, 1)).create();
        long second = data.article().title("Second " + suffix).publishedOn(LocalDate.of(2022, 5, 2)).create();
        long speaker = data.actor("Speaker " + suffix, "PERSON");
        long other = data.actor("Other " + suffix, "ORGANIZATION");
        long energy = data.topic(TestData.uniqueSlug("app-energy"));
        long water = data.topic(TestData.uniqueSlug("app-water"));
        List<Long> statements = List.of(
                data.statement(first).speaker(speaker).saidOn(LocalDate.of(2022, 5, 1)).stance(energy, "SUPPORT", 0.8)
                        .create(),
                data.statement(second).speaker(speaker).saidOn(LocalDate.of(2022, 5, 2)).stance(water, "OPPOSE", null)
                        .stance(energy, "SUPPORT", 0.6).create());
        data.statement(second).speaker(other).saidOn(LocalDate.of(2022, 5, 3)).stance(energy, "OPPOSE", 0.5).create();

        JsonPath page = data(PAGE, vars("id", TestData.id("Actor", speaker), "topicId", TestData.id("Topic", energy)));

        List<Map<String, Object>> nodes = page.getList("node.statements.nodes");
        assertEquals(statements.size(), nodes.size(), "both of the speaker's statements are listed");
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Object> alone = data(STATEMENT, vars("id", TestData.id("Statement", statements.get(i))))
                    .getMap("node");
            assertEquals(alone, nodes.get(i), "the actor's statement " + i + " as node(id:) answers it");
        }
        String energySlug = topicSlug(energy);
        String waterSlug = topicSlug(water);
        assertEquals(Map.of(energySlug, "SUPPORT", waterSlug, "OPPOSE"), labelsByTopic(page, "node.positions"),
                "the speaker's position on each topic, under that topic");
        assertEquals(List.of(energySlug, energySlug), page.getList("positions.nodes.topic.slug"),
                "every position of the topic's map is on that topic");
        assertEquals(Map.of("SPEAKER", "SUPPORT", "OTHER", "OPPOSE"),
                Map.of("SPEAKER", labelOf(page, "Speaker " + suffix), "OTHER", labelOf(page, "Other " + suffix)),
                "the topic's map credits each actor with its own position");
        assertEquals(List.of(TestData.id("Actor", speaker), TestData.id("Actor", other)).stream().sorted().toList(),
                page.getList("positions.nodes.actor.id", String.class).stream().sorted().toList(),
                "the topic's map lists both actors, by their own IDs");
    }

    private static String topicSlug(long topic) {
        return data(TOPIC, vars("id", TestData.id("Topic", topic))).getString("node.slug");
    }

    private static Map<String, String> labelsByTopic(JsonPath page, String path) {
        List<String> slugs = page.getList(path + ".topic.slug");
        List<String> labels = page.getList(path + ".label");
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < slugs.size(); i++) {
            out.put(slugs.get(i), labels.get(i));
        }
        return out;
    }

    private static String labelOf(JsonPath page, String actorName) {
        return page.getString("positions.nodes.find { it.actor.name == '" + actorName + "' }.label");
    }
}
