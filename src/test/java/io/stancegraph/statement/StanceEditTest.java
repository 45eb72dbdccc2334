package io.stancegraph.statement;

import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static io.stancegraph.statement.StatementFixture.REMOVE_STANCE;
import static io.stancegraph.statement.StatementFixture.SET_STANCE;
import static io.stancegraph.statement.StatementFixture.TABLES;
import static io.stancegraph.statement.StatementFixture.mutate;
import static io.stancegraph.statement.StatementFixture.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** setStance replaces the one stance per topic, removeStance deletes it; each bumps the version and is a revision. */
@QuarkusTest
class StanceEditTest {

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    private static Map<String, Object> stanceInput(long statement, long topic, String label, Double confidence) {
        Map<String, Object> input = new HashMap<>();
        input.put("statementId", TestData.id("Statement", statement));
        input.put("topicId", TestData.id("Topic", topic));
        input.put("label", label);
        input.put("confidence", confidence);
        return input;
    }

    private static Map<String, Object> removal(long statement, long topic) {
        return Map.of("statementId", TestData.id("Statement", statement), "topicId", TestData.id("Topic", topic));
    }

    private long stanceRows(long statement, long topic) {
        return rows.count("select count(*) from stance where statement_id = ? and topic_id = ?", statement, topic);
    }

    @Test
    void setStanceReplacesTheStanceOnThatTopic() {
        long topic = data.topic(StatementFixture.slug());
        long other = data.topic(StatementFixture.slug());
        long statement = data.statement(data.article().create()).stance(topic, "SUPPORT", 0.5).create();

        JsonPath d = mutate(SET_STANCE, stanceInput(statement, topic, "OPPOSE", 0.9), "carol");
        assertNoUserErrors(d, "setStance");
        assertEquals(List.of(Map.of("topic", Map.of("id", TestData.id("Topic", topic)), "label", "OPPOSE", "confidence", 0.9f)),
                d.getList("setStance.statement.stances"), "the SUPPORT on the topic is replaced by OPPOSE");
        assertEquals(1, stanceRows(statement, topic), "still one stance row for the statement and topic");
        assertEquals(2, d.getInt("setStance.statement.version"), "the change bumps the version");
        assertEquals(List.of("STANCE_SET"), d.getList("setStance.statement.history.action"), "a STANCE_SET revision");
        assertEquals(List.of("carol"), d.getList("setStance.statement.history.by"), "by the token's subject");

        JsonPath added = mutate(SET_STANCE, stanceInput(statement, other, "NEUTRAL", null));
        assertNoUserErrors(added, "setStance");
        assertEquals(2, added.getList("setStance.statement.stances").size(), "a stance on another topic is added");
        assertEquals(1, stanceRows(statement, topic), "the first topic keeps its one stance");
        assertEquals(3, added.getInt("setStance.statement.version"));
    }

    @Test
    void setStanceRefusesBadInput() {
        long topic = data.topic(StatementFixture.slug());
        long statement = data.statement(data.article().create()).stance(topic, "SUPPORT", 0.5).create();
        Map<String, Object> before = snapshot(TestData.id("Statement", statement));
        Map<String, Long> counts = rows.of(TABLES);
        JsonPath confidence = mutate(SET_STANCE, stanceInput(statement, topic, "OPPOSE", 1.5));
        assertOnlyUserError(confidence, "setStance", "VALIDATION", "confidence");
        assertNull(confidence.get("setStance.statement"), "no statement when the confidence is out of range");
        assertOnlyUserError(mutate(SET_STANCE, stanceInput(statement, 987_654_380L, "OPPOSE", null)),
                "setStance", "NOT_FOUND", "topicId");
        assertOnlyUserError(mutate(SET_STANCE, stanceInput(987_654_381L, topic, "OPPOSE", null)),
                "setStance", "NOT_FOUND", "statementId");
        assertEquals(counts, rows.of(TABLES), "refused stance changes write nothing");
        assertEquals(before, snapshot(TestData.id("Statement", statement)), "the statement keeps its SUPPORT and version");
    }

    @Test
    void removeStanceDeletesItAndThenHasNothingToRemove() {
        long topic = data.topic(StatementFixture.slug());
        long kept = data.topic(StatementFixture.slug());
        long statement = data.statement(data.article().create()).stance(topic, "SUPPORT", 0.5).stance(kept, "MIXED", null)
                .create();

        JsonPath d = mutate(REMOVE_STANCE, removal(statement, topic));
        assertNoUserErrors(d, "removeStance");
        List<Map<String, Object>> left = d.getList("removeStance.statement.stances");
        assertEquals(1, left.size(), "only the stance on the other topic is left: " + left);
        assertEquals(Map.of("id", TestData.id("Topic", kept)), left.get(0).get("topic"), "the other topic's stance stays");
        assertEquals("MIXED", left.get(0).get("label"));
        assertEquals(0, stanceRows(statement, topic), "the stance row is gone");
        assertEquals(2, d.getInt("removeStance.statement.version"), "the removal bumps the version");
        assertEquals(List.of("STANCE_REMOVED"), d.getList("removeStance.statement.history.action"));
        assertEquals(List.of(Tokens.EDITOR), d.getList("removeStance.statement.history.by"));

        Map<String, Long> counts = rows.of(TABLES);
        JsonPath again = mutate(REMOVE_STANCE, removal(statement, topic));
        assertOnlyUserError(again, "removeStance", "NOT_FOUND", "topicId");
        assertNull(again.get("removeStance.statement"), "no statement when there is no stance to remove");
        assertEquals(counts, rows.of(TABLES), "a refused removal writes nothing");
        assertEquals(2, snapshot(TestData.id("Statement", statement)).get("version"), "and leaves the version alone");
    }
}
