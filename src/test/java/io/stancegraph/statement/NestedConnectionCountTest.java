package io.stancegraph.statement;

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
import io.stancegraph.common.Db;
import io.stancegraph.common.TestData;

/** Connections nested in a list (each actor's statements) are fetched for all parents at once, not one by one. */
@QuarkusTest
class NestedConnectionCountTest {

    private static final String QUERY = """
            query($search: String, $first: Int) {
              actors(search: $search, first: $first) {
                nodes { name statements(first: 2, orderBy: OLDEST_FIRST) { totalCount nodes { text speaker { name } } } }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    Db db;

    @Test
    void threeOrTwelveActorsWithTheirStatementsIssueTheSameNumberOfStatements() {
        String token = TestData.unique("nested").substring(7).replaceAll("[0-9]", "x");
        long article = data.article().publishedOn(LocalDate.of(2021, 3, 1)).create();
        for (int i = 0; i < 12; i++) {
            long actor = data.actor("Speaker" + token + " Number" + (char) ('a' + i), "PERSON");
            for (int s = 0; s < 3; s++) {
                data.statement(article).speaker(actor).text("statement " + s + " of actor " + i + " " + token)
                        .saidOn(LocalDate.of(2021, 3, 1).plusDays(s)).create();
            }
        }
        long before = db.statementsIssued();
        JsonPath three = data(QUERY, vars("search", "Speaker" + token, "first", 3));
        long forThree = db.statementsIssued() - before;
        before = db.statementsIssued();
        JsonPath twelve = data(QUERY, vars("search", "Speaker" + token, "first", 12));
        long forTwelve = db.statementsIssued() - before;

        assertEquals(3, three.getList("actors.nodes").size());
        List<Map<String, Object>> actors = twelve.getList("actors.nodes");
        assertEquals(12, actors.size());
        for (int i = 0; i < actors.size(); i++) {
            String name = twelve.getString("actors.nodes[" + i + "].name");
            assertEquals(3, twelve.getInt("actors.nodes[" + i + "].statements.totalCount"), "each actor's own total");
            assertEquals(List.of(name, name), twelve.getList("actors.nodes[" + i + "].statements.nodes.speaker.name"),
                    "each actor's page holds its own statements only");
            assertEquals(true, twelve.getString("actors.nodes[" + i + "].statements.nodes[0].text").startsWith("statement 0"),
                    "oldest first within each actor");
        }
        assertEquals(forThree, forTwelve, "SQL statements for 3 actors (" + forThree + ") and for 12 (" + forTwelve + ")");
    }

    @Test
    void outletsWithArticlesAndTopicsWithPositionsCostTheSameForThreeOrTwelve() {
        for (int i = 0; i < 12; i++) {
            long outlet = data.outlet(TestData.unique("Batch outlet"));
            data.article().outlet(outlet).create();
            long topic = data.topic(TestData.unique("batch topic").replace(' ', '-'));
            long actor = data.actor(TestData.unique("Batch actor"), "PERSON");
            data.statement(data.article().create()).speaker(actor).stance(topic, "SUPPORT", 0.9).create();
        }
        String outlets = """
                query($first: Int) {
                  outlets(first: $first) { nodes { name articles(first: 2) { totalCount nodes { title } } } }
                }""";
        String topics = """
                query($first: Int) {
                  topics(first: $first) { nodes { slug positions(first: 2) { totalCount nodes { label actor { name } } } } }
                }""";
        for (Map.Entry<String, String> e : Map.of(outlets, "outlets.nodes", topics, "topics.nodes").entrySet()) {
            String query = e.getKey();
            long before = db.statementsIssued();
            data(query, vars("first", 3));
            long forThree = db.statementsIssued() - before;
            before = db.statementsIssued();
            JsonPath twelve = data(query, vars("first", 12));
            long forTwelve = db.statementsIssued() - before;
            assertEquals(12, twelve.getList(e.getValue()).size());
            assertEquals(forThree, forTwelve, "3 parents (" + forThree + ") and 12 (" + forTwelve + ") in " + query);
        }
    }
}
