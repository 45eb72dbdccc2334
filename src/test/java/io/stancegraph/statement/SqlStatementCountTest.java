package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.Db;
import io.stancegraph.common.TestData;

/**
 * No N+1: a page of statements with nested speakers, affiliations, articles, outlets and stances costs the same
 * number of SQL statements whether it holds 5 or 100 rows, each with its own related rows.
 */
@QuarkusTest
class SqlStatementCountTest {

    private static final String QUERY = """
            query($filter: StatementFilter, $first: Int) {
              statements(filter: $filter, first: $first) {
                totalCount
                nodes {
                  text
                  speaker { name affiliations { role organization { name } } }
                  article { title outlet { name } }
                  stances { label topic { slug } }
                }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    Db db;

    @Test
    void fiveOrHundredRowsIssueTheSameSmallNumberOfStatements() {
        List<String> articles = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        String suffix = TestData.unique("n1").substring(3);
        for (int i = 0; i < 100; i++) {
            long outlet = data.outlet("Outlet " + i + " " + suffix);
            long article = data.article().outlet(outlet).publishedOn(LocalDate.of(2020, 1, 1).plusDays(i)).create();
            String speakerName = "Speaker " + i + " " + suffix;
            long speaker = data.actor(speakerName, "PERSON");
            long org = data.actor("Organisation " + i + " " + suffix, "ORGANIZATION");
            data.affiliate(speaker, org, "Member " + i, null, null);
            long topic = data.topic(TestData.uniqueSlug("n1-" + i));
            data.statement(article).speaker(speaker).stance(topic, i % 2 == 0 ? "SUPPORT" : "OPPOSE", 0.5).create();
            articles.add(TestData.id("Article", article));
            speakers.add(speakerName);
        }
        Map<String, Object> filter = Map.of("articleIds", articles);

        long before = db.statementsIssued();
        JsonPath five = data(QUERY, vars("filter", filter, "first", 5));
        long forFive = db.statementsIssued() - before;
        before = db.statementsIssued();
        JsonPath hundred = data(QUERY, vars("filter", filter, "first", 100));
        long forHundred = db.statementsIssued() - before;

        assertEquals(5, five.getList("statements.nodes").size());
        assertEquals(100, hundred.getList("statements.nodes").size());
        assertEquals(100, hundred.getInt("statements.totalCount"));
        assertEquals(speakers, Set.copyOf(hundred.getList("statements.nodes.speaker.name")), "every statement has its speaker");
        for (int i = 0; i < 100; i++) {
            String node = "statements.nodes[" + i + "]";
            String n = hundred.getString(node + ".speaker.name").split(" ")[1];
            assertEquals("Organisation " + n + " " + suffix, hundred.getString(node + ".speaker.affiliations[0].organization.name"),
                    "speaker " + n + " belongs to its own organisation");
            assertEquals("Outlet " + n + " " + suffix, hundred.getString(node + ".article.outlet.name"),
                    "statement " + n + " appears in its own outlet's article");
            assertTrue(hundred.getString(node + ".stances[0].topic.slug").startsWith("n1-" + n + "-"),
                    "statement " + n + " has a stance on its own topic");
        }
        assertEquals(forFive, forHundred, "5 rows issued " + forFive + " SQL statements, 100 rows " + forHundred
                + ": the count must not grow with the page (batched per field, no N+1)");
        assertTrue(forHundred <= 12, "a page with nested fields needs at most 12 SQL statements, issued " + forHundred);
    }
}
