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
import io.stancegraph.common.TestData;

/**
 * A statement page reads the speakers, articles, outlets, stances and topics its client selected together with the
 * page; what it answers must be what each statement answers on its own (node(id:), batched field by field), however
 * the fields are asked for: through nodes or edges, under aliases, in fragments, skipped or not.
 */
@QuarkusTest
class PreloadedFieldsTest {

    private static final String FIELDS = """
            fragment F on Statement {
              id
              speaker { name kind }
              article { title outlet { name } }
              stances { label topic { slug } }
            }""";

    private static final String PAGE = """
            query($filter: StatementFilter, $skip: Boolean!) {
              statements(filter: $filter, first: 10, orderBy: OLDEST_FIRST) {
                nodes { ...F who: speaker { name } source: article { outlet { name } } }
                edges { node { ...F stances @skip(if: $skip) { confidence } } }
              }
            }
            """ + FIELDS;

    private static final String ONE = """
            query($id: ID!) {
              node(id: $id) { ...F ... on Statement { who: speaker { name } source: article { outlet { name } } } }
            }
            """ + FIELDS;

    @Inject
    TestData data;

    @Test
    void aPageAnswersNestedFieldsAsEachStatementDoesAlone() {
        String suffix = TestData.unique("pre");
        long outlet = data.outlet("Outlet " + suffix);
        long withOutlet = data.article().title("With outlet " + suffix).outlet(outlet)
                .publishedOn(LocalDate.of(2021, 3, 1)).create();
        long withoutOutlet = data.article().title("No outlet " + suffix).publishedOn(LocalDate.of(2021, 3, 2)).create();
        long person = data.actor("Person " + suffix, "PERSON");
        long ministry = data.actor("Ministry " + suffix, "ORGANIZATION");
        long security = data.topic(TestData.uniqueSlug("pre-security"));
        long trade = data.topic(TestData.uniqueSlug("pre-trade"));
        List<Long> statements = List.of(
                data.statement(withOutlet).speaker(person).saidOn(LocalDate.of(2021, 3, 1))
                        .stance(security, "SUPPORT", 0.9).stance(trade, "OPPOSE", 0.4).create(),
                data.statement(withOutlet).saidOn(LocalDate.of(2021, 3, 2)).create(),
                data.statement(withoutOutlet).speaker(ministry).saidOn(LocalDate.of(2021, 3, 3))
                        .stance(trade, "NEUTRAL", null).create(),
                data.statement(withoutOutlet).speaker(person).saidOn(LocalDate.of(2021, 3, 4)).create());
        Map<String, Object> filter = Map.of("articleIds",
                List.of(TestData.id("Article", withOutlet), TestData.id("Article", withoutOutlet)));

        for (boolean skip : List.of(true, false)) {
            JsonPath page = data(PAGE, vars("filter", filter, "skip", skip));
            List<Map<String, Object>> nodes = page.getList("statements.nodes");
            List<Map<String, Object>> edgeNodes = page.getList("statements.edges.node");
            assertEquals(statements.size(), nodes.size(), "every statement of both articles is listed");
            for (int i = 0; i < statements.size(); i++) {
                Map<String, Object> alone = data(ONE, vars("id", TestData.id("Statement", statements.get(i))))
                        .getMap("node");
                assertEquals(alone, nodes.get(i), "statement " + i + " under nodes, as node(id:) answers it");
                Map<String, Object> edge = edgeNodes.get(i);
                for (String field : List.of("id", "speaker", "article")) {
                    assertEquals(alone.get(field), edge.get(field), "statement " + i + "'s " + field + " under edges");
                }
                assertEquals(statementStances(alone, skip), edge.get("stances"),
                        "statement " + i + "'s stances under edges, skip=" + skip);
            }
        }
    }

    /** The stances under edges: the fragment's label and topic, plus confidence unless skipped. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statementStances(Map<String, Object> alone, boolean skipConfidence) {
        List<Map<String, Object>> stances = (List<Map<String, Object>>) alone.get("stances");
        if (skipConfidence) {
            return stances;
        }
        String id = (String) alone.get("id");
        return data("""
                query($id: ID!) { node(id: $id) { ... on Statement { stances { label topic { slug } confidence } } } }""",
                vars("id", id)).getList("node.stances");
    }
}
