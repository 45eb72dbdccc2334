package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static io.stancegraph.common.UserErrorAssert.assertUserError;
import static io.stancegraph.statement.StatementFixture.BODY;
import static io.stancegraph.statement.StatementFixture.QUOTE;
import static io.stancegraph.statement.StatementFixture.RECORD;
import static io.stancegraph.statement.StatementFixture.TABLES;
import static io.stancegraph.statement.StatementFixture.input;
import static io.stancegraph.statement.StatementFixture.mutate;
import static io.stancegraph.statement.StatementFixture.stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.GraphQLClient;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** recordStatement refuses bad input with a user error at the field, and then writes nothing at all. */
@QuarkusTest
class RecordStatementErrorsTest {

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    private long article;
    private long speaker;
    private long topic;
    private long otherTopic;

    @BeforeEach
    void fixtures() {
        article = StatementFixture.article(data);
        speaker = data.actor(TestData.unique("Speaker"), "PERSON");
        topic = data.topic(StatementFixture.slug());
        otherTopic = data.topic(StatementFixture.slug());
    }

    /** Records a valid input changed by {@code change}; expects just this error and no rows written. */
    private JsonPath assertRefused(Consumer<Map<String, Object>> change, String code, String... field) {
        Map<String, Object> input = input(article, speaker);
        input.put("stances", List.of(stance(topic, "SUPPORT", 0.7)));
        input.put("mentionIds", List.of(TestData.id("Actor", speaker)));
        change.accept(input);
        Map<String, Long> before = rows.of(TABLES);
        JsonPath d = mutate(RECORD, input);
        assertOnlyUserError(d, "recordStatement", code, field);
        assertNull(d.get("recordStatement.statement"), "no statement when " + code + " at " + List.of(field));
        assertEquals(before, rows.of(TABLES), "all or nothing: no statement, stance, mention or revision row is written"
                + " when " + code + " at " + List.of(field));
        return d;
    }

    @Test
    void unknownReferencesAreNotFound() {
        assertRefused(in -> in.put("articleId", TestData.id("Article", 987_654_360L)), "NOT_FOUND", "articleId");
        assertRefused(in -> in.put("speakerId", TestData.id("Actor", 987_654_361L)), "NOT_FOUND", "speakerId");
        assertRefused(in -> in.put("speakerId", TestData.id("Topic", topic)), "NOT_FOUND", "speakerId");
        assertRefused(in -> in.put("onBehalfOfId", "garbage"), "NOT_FOUND", "onBehalfOfId");
        assertRefused(in -> in.put("mentionIds", List.of(TestData.id("Actor", speaker), TestData.id("Actor", 987_654_362L))),
                "NOT_FOUND", "mentionIds", "1");
        assertRefused(in -> in.put("respondsToId", TestData.id("Statement", 987_654_363L)), "NOT_FOUND", "respondsToId");
    }

    @Test
    void anUnknownTopicInTheSecondStanceWritesNotEvenTheFirst() {
        assertRefused(in -> in.put("stances", List.of(stance(topic, "SUPPORT", 0.7),
                stance(987_654_364L, "OPPOSE", null))), "NOT_FOUND", "stances", "1", "topicId");
    }

    @Test
    void confidenceOutsideZeroToOneIsInvalid() {
        assertRefused(in -> in.put("stances", List.of(stance(topic, "SUPPORT", 1.5))), "VALIDATION", "stances", "0", "confidence");
        assertRefused(in -> in.put("stances", List.of(stance(topic, "SUPPORT", 0.5), stance(otherTopic, "OPPOSE", -0.1))),
                "VALIDATION", "stances", "1", "confidence");
        assertRefused(in -> in.put("stances", List.of(stance(topic, "SUPPORT", 0.5), stance(topic, "OPPOSE", 0.5))),
                "VALIDATION", "stances", "1", "topicId");
    }

    @Test
    void blankTextIsInvalid() {
        assertRefused(in -> {
            in.put("text", "   ");
            in.remove("start");
            in.remove("end");
        }, "VALIDATION", "text");
    }

    @Test
    void offsetsMustIndexTheTextInTheBody() {
        int start = BODY.indexOf(QUOTE);
        assertRefused(in -> in.put("end", BODY.length() + 1), "VALIDATION", "start");
        assertRefused(in -> in.put("start", -1), "VALIDATION", "start");
        assertRefused(in -> {
            in.put("start", start + 1);
            in.put("end", start + 1 + QUOTE.length());
        }, "VALIDATION", "start");
        assertRefused(in -> in.put("text", "we will ban the VENDOR"), "VALIDATION", "start");
    }

    @Test
    void endWithoutStartIsInvalid() {
        for (String missing : List.of("start", "end")) {
            Map<String, Object> input = input(article, speaker);
            input.remove(missing);
            Map<String, Long> before = rows.of(TABLES);
            JsonPath d = mutate(RECORD, input);
            List<Map<String, Object>> errors = d.getList("recordStatement.userErrors");
            assertEquals(1, errors.size(), "one mistake when " + missing + " is left out: " + errors);
            assertEquals("VALIDATION", errors.get(0).get("code"), "start and end go together: " + errors);
            assertTrue(List.of(List.of("input", "start"), List.of("input", "end")).contains(errors.get(0).get("field")),
                    "the error points at start or end: " + errors);
            assertNull(d.get("recordStatement.statement"), "no statement without " + missing);
            assertEquals(before, rows.of(TABLES), "nothing is written without " + missing);
        }
    }

    @Test
    void aPrecisionWithoutADateIsInvalid() {
        assertRefused(in -> in.put("saidOnPrecision", "MONTH"), "VALIDATION", "saidOnPrecision");
    }

    @Test
    void aNulCharacterInTheTextIsAUserErrorNotAServerError() {
        Map<String, Object> input = input(article, speaker);
        input.remove("start");
        input.remove("end");
        input.put("text", "we will \u0000 ban");
        Map<String, Long> before = rows.of(TABLES);
        JsonPath json = GraphQLClient.response(RECORD, vars("input", input), Tokens.editor());
        assertNull(json.get("errors"), "text PostgreSQL cannot store is the client's mistake: a VALIDATION user error at"
                + " [input, text], not an INTERNAL error: " + json.prettify());
        assertOnlyUserError(json.setRootPath("data"), "recordStatement", "VALIDATION", "text");
        assertEquals(before, rows.of(TABLES), "nothing is written");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        Map<String, Object> input = input(987_654_365L, 987_654_366L);
        input.put("saidOnPrecision", "YEAR");
        input.put("stances", List.of(stance(topic, "SUPPORT", 2.0)));
        Map<String, Long> before = rows.of(TABLES);
        JsonPath d = mutate(RECORD, input);
        assertUserError(d, "recordStatement", "NOT_FOUND", "articleId");
        assertUserError(d, "recordStatement", "NOT_FOUND", "speakerId");
        assertUserError(d, "recordStatement", "VALIDATION", "saidOnPrecision");
        assertUserError(d, "recordStatement", "VALIDATION", "stances", "0", "confidence");
        assertEquals(before, rows.of(TABLES), "nothing is written");
    }
}
