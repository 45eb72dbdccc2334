package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static io.stancegraph.statement.StatementFixture.RETRACT;
import static io.stancegraph.statement.StatementFixture.TABLES;
import static io.stancegraph.statement.StatementFixture.mutate;
import static io.stancegraph.statement.StatementFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;

/** retractStatement hides the statement from every list, position and count, while its ID still resolves. */
@QuarkusTest
class RetractStatementTest {

    private static final String VISIBLE = """
            query($topicId: ID!, $actorId: ID!, $articleId: ID) {
              statements(filter: { topicIds: [$topicId] }, first: 10) { totalCount nodes { id } }
              withRetracted: statements(filter: { topicIds: [$topicId], includeRetracted: true }, first: 10) { totalCount }
              topic(id: $topicId) {
                statements(first: 10) { totalCount }
                positions(first: 100) { nodes { actor { id } } }
              }
              positions(topicId: $topicId, first: 100) { nodes { actor { id } } }
              stanceSummary(topicId: $topicId, from: "2000-01-01") { label actorCount statementCount }
              actor(id: $actorId) { statements(first: 10) { totalCount } positions { label } }
              article(id: $articleId) { statements { id } }
            }""";

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    private static int supportCount(JsonPath d, String count) {
        List<Map<String, Object>> summary = d.getList("stanceSummary");
        return summary.stream().filter(c -> c.get("label").equals("SUPPORT")).mapToInt(c -> (Integer) c.get(count)).sum();
    }

    @Test
    void aRetractedStatementIsHiddenEverywhereButByItsId() {
        long topic = data.topic(StatementFixture.slug());
        long actor = data.actor(TestData.unique("Retractee"), "PERSON");
        long article = data.article().publishedOn(LocalDate.parse("2021-05-03")).create();
        long statement = data.statement(article).speaker(actor).saidOn(LocalDate.parse("2021-05-01"))
                .stance(topic, "SUPPORT", 0.8).create();
        String id = TestData.id("Statement", statement);
        Map<String, Object> v = vars("topicId", TestData.id("Topic", topic), "actorId", TestData.id("Actor", actor),
                "articleId", TestData.id("Article", article));

        JsonPath shown = data(VISIBLE, v);
        assertEquals(1, shown.getInt("statements.totalCount"), "before: listed");
        assertEquals(1, shown.getInt("topic.statements.totalCount"), "before: on the topic");
        assertEquals(1, shown.getList("positions.nodes").size(), "before: a position");
        assertEquals(1, shown.getList("topic.positions.nodes").size(), "before: a position on the topic");
        assertEquals(1, supportCount(shown, "statementCount"), "before: counted in the summary");
        assertEquals(1, supportCount(shown, "actorCount"), "before: the actor counted in the summary");
        assertEquals(1, shown.getInt("actor.statements.totalCount"), "before: the actor's statement");
        assertEquals(1, shown.getList("actor.positions").size(), "before: the actor's position");
        assertEquals(1, shown.getList("article.statements").size(), "before: in the article");

        JsonPath d = mutate(RETRACT, Map.of("statementId", id, "reason", "  Misattributed by the outlet "));
        assertNoUserErrors(d, "retractStatement");
        assertEquals(true, d.getBoolean("retractStatement.statement.retracted"));
        assertEquals("Misattributed by the outlet", d.getString("retractStatement.statement.retractionReason"));
        assertEquals(2, d.getInt("retractStatement.statement.version"), "retraction bumps the version");
        assertEquals(List.of("RETRACTED"), d.getList("retractStatement.statement.history.action"), "a RETRACTED revision");

        JsonPath hidden = data(VISIBLE, v);
        assertEquals(0, hidden.getInt("statements.totalCount"), "statements(...) no longer lists it");
        assertEquals(List.of(), hidden.getList("statements.nodes"));
        assertEquals(1, hidden.getInt("withRetracted.totalCount"), "includeRetracted still finds it");
        assertEquals(0, hidden.getInt("topic.statements.totalCount"), "Topic.statements no longer lists it");
        assertEquals(List.of(), hidden.getList("positions.nodes"), "positions no longer count it");
        assertEquals(List.of(), hidden.getList("topic.positions.nodes"), "Topic.positions no longer count it");
        assertEquals(0, supportCount(hidden, "statementCount"), "stanceSummary no longer counts the statement");
        assertEquals(0, supportCount(hidden, "actorCount"), "stanceSummary no longer counts the actor");
        assertEquals(0, hidden.getInt("actor.statements.totalCount"), "Actor.statements no longer lists it");
        assertEquals(List.of(), hidden.getList("actor.positions"), "Actor.positions no longer count it");
        assertEquals(List.of(), hidden.getList("article.statements"), "Article.statements no longer lists it");

        JsonPath node = read(id);
        assertEquals(id, node.getString("id"), "node(id:) still resolves the retracted statement");
        assertTrue(node.getBoolean("retracted"), "and says it is retracted");
        assertEquals("Misattributed by the outlet", node.getString("retractionReason"));
        assertEquals(1, rows.count("select count(*) from stance where statement_id = ?", statement), "nothing is deleted");
    }

    @Test
    void retractingTwiceIsAConflictAndAReasonIsNeeded() {
        long statement = data.statement(data.article().create()).create();
        String id = TestData.id("Statement", statement);
        Map<String, Long> counts = rows.of(TABLES);
        JsonPath blank = mutate(RETRACT, Map.of("statementId", id, "reason", " "));
        assertOnlyUserError(blank, "retractStatement", "VALIDATION", "reason");
        assertEquals(counts, rows.of(TABLES), "no retraction without a reason");

        assertNoUserErrors(mutate(RETRACT, Map.of("statementId", id, "reason", "Duplicate")), "retractStatement");
        counts = rows.of(TABLES);
        JsonPath again = mutate(RETRACT, Map.of("statementId", id, "reason", "Duplicate again"));
        assertOnlyUserError(again, "retractStatement", "CONFLICT", "statementId");
        assertNull(again.get("retractStatement.statement"), "no statement with a conflict");
        assertEquals(counts, rows.of(TABLES), "a second retraction writes nothing");
        JsonPath node = read(id);
        assertEquals("Duplicate", node.getString("retractionReason"), "the first reason stays");
        assertEquals(2, node.getInt("version"), "the version moved once");
        assertOnlyUserError(mutate(RETRACT, Map.of("statementId", TestData.id("Statement", 987_654_390L), "reason", "x")),
                "retractStatement", "NOT_FOUND", "statementId");
    }
}
