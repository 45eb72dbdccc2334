package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static io.stancegraph.statement.StatementFixture.BODY;
import static io.stancegraph.statement.StatementFixture.QUOTE;
import static io.stancegraph.statement.StatementFixture.RECORD;
import static io.stancegraph.statement.StatementFixture.TABLES;
import static io.stancegraph.statement.StatementFixture.UPDATE;
import static io.stancegraph.statement.StatementFixture.input;
import static io.stancegraph.statement.StatementFixture.mutate;
import static io.stancegraph.statement.StatementFixture.read;
import static io.stancegraph.statement.StatementFixture.snapshot;
import static io.stancegraph.statement.StatementFixture.stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.GraphQLClient;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** updateStatement changes only what is given, bumps the version, and refuses stale or racing edits. */
@QuarkusTest
class StatementEditTest {

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    /** A statement recorded through the API (so its history starts with CREATED); returns its ID. */
    private String recorded() {
        long article = StatementFixture.article(data);
        Map<String, Object> input = input(article, data.actor(TestData.unique("Speaker"), "PERSON"));
        input.put("attribution", "the minister");
        input.put("cue", "said");
        input.put("saidOn", "2021-03-15");
        input.put("stances", List.of(stance(data.topic(StatementFixture.slug()), "OPPOSE", 0.6)));
        input.put("mentionIds", List.of(TestData.id("Actor", data.actor(TestData.unique("Vendor"), "COMPANY"))));
        return mutate(RECORD, input).getString("recordStatement.statement.id");
    }

    private static Map<String, Object> update(String id, Object... namesAndValues) {
        Map<String, Object> input = new HashMap<>(vars(namesAndValues));
        input.put("statementId", id);
        return input;
    }

    @Test
    void onlyTheGivenFieldsChangeAndTheVersionGoesUp() {
        String id = recorded();
        JsonPath before = read(id);
        JsonPath d = mutate(UPDATE, update(id, "expectedVersion", 1, "cue", "warned"), "bob");
        assertNoUserErrors(d, "updateStatement");
        d.setRootPath("data.updateStatement.statement");
        assertEquals("warned", d.getString("cue"), "the given field changes");
        for (String field : List.of("text", "kind", "attribution", "saidOn", "saidOnPrecision", "start", "end", "speaker",
                "onBehalfOf", "mentions", "stances", "respondsTo", "retracted")) {
            assertEquals((Object) before.get(field), d.get(field), field + " was left out and stays as it was");
        }
        assertEquals(2, d.getInt("version"), "the change bumps the version from 1 to 2");
        assertEquals(List.of("CREATED", "UPDATED"), d.getList("history.action"), "the history gains an UPDATED revision");
        assertEquals(List.of(Tokens.EDITOR, "bob"), d.getList("history.by"), "each revision names its token's subject");

        int start = BODY.indexOf("the minister");
        JsonPath moved = mutate(UPDATE, update(id, "text", "the minister", "kind", "REPORTED", "start", start,
                "end", start + "the minister".length()));
        assertNoUserErrors(moved, "updateStatement");
        assertEquals("the minister", moved.getString("updateStatement.statement.text"));
        assertEquals(start, moved.getInt("updateStatement.statement.start"), "text and offsets change together");
        assertEquals("warned", moved.getString("updateStatement.statement.cue"), "the earlier change stays");
        assertEquals(3, moved.getInt("updateStatement.statement.version"));
    }

    @Test
    void refusedUpdatesChangeNothing() {
        String id = recorded();
        Map<String, Object> before = snapshot(id);
        Map<String, Long> counts = rows.of(TABLES);
        JsonPath offsets = mutate(UPDATE, update(id, "text", "something else entirely"));
        assertOnlyUserError(offsets, "updateStatement", "VALIDATION", "start");
        JsonPath missing = mutate(UPDATE, update(TestData.id("Statement", 987_654_370L), "cue", "x"));
        assertOnlyUserError(missing, "updateStatement", "NOT_FOUND", "statementId");
        JsonPath speaker = mutate(UPDATE, update(id, "speakerId", TestData.id("Actor", 987_654_371L), "cue", "x"));
        assertOnlyUserError(speaker, "updateStatement", "NOT_FOUND", "speakerId");
        assertEquals(counts, rows.of(TABLES), "refused updates write nothing");
        assertEquals(before, snapshot(id), "the statement is as it was");
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        String id = recorded();
        assertNoUserErrors(mutate(UPDATE, update(id, "expectedVersion", 1, "cue", "urged")), "updateStatement");
        Map<String, Object> before = snapshot(id);
        Map<String, Long> counts = rows.of(TABLES);

        JsonPath stale = mutate(UPDATE, update(id, "expectedVersion", 1, "cue", "warned", "attribution", "he"));
        assertOnlyUserError(stale, "updateStatement", "CONFLICT", "expectedVersion");
        assertNull(stale.get("updateStatement.statement"), "no statement with a conflict");
        assertEquals(counts, rows.of(TABLES), "a stale edit writes nothing");
        assertEquals(before, snapshot(id), "the statement is unchanged: cue 'urged', version 2");
        assertEquals("urged", read(id).getString("cue"));
    }

    @Test
    void twoConcurrentEditsOfOneVersionLetExactlyOneThrough() throws Exception {
        String id = recorded();
        String token = Tokens.editor();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> answers = new ArrayList<>();
        try {
            for (String cue : List.of("warned", "insisted")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return GraphQLClient.dataAs(UPDATE, vars("input", update(id, "expectedVersion", 1, "cue", cue)), token);
                }));
            }
            start.countDown();
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            long succeeded = results.stream().filter(r -> r.get("updateStatement.statement") != null).count();
            assertEquals(1, succeeded, "exactly one of two edits of version 1 goes through");
            JsonPath loser = results.stream().filter(r -> r.get("updateStatement.statement") == null).findFirst().orElseThrow();
            assertOnlyUserError(loser, "updateStatement", "CONFLICT", "expectedVersion");
            String winnerCue = results.stream().filter(r -> r.get("updateStatement.statement") != null).findFirst()
                    .orElseThrow().getString("updateStatement.statement.cue");
            JsonPath after = read(id);
            assertEquals(winnerCue, after.getString("cue"), "the stored cue is the winner's");
            assertEquals(2, after.getInt("version"), "one change, one version step");
            assertEquals(List.of("CREATED", "UPDATED"), after.getList("history.action"), "one UPDATED revision");
        } finally {
            pool.shutdownNow();
        }
    }
}
