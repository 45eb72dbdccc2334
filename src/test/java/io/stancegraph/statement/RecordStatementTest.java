package io.stancegraph.statement;

import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.statement.StatementFixture.BODY;
import static io.stancegraph.statement.StatementFixture.QUOTE;
import static io.stancegraph.statement.StatementFixture.RECORD;
import static io.stancegraph.statement.StatementFixture.TABLES;
import static io.stancegraph.statement.StatementFixture.input;
import static io.stancegraph.statement.StatementFixture.mutate;
import static io.stancegraph.statement.StatementFixture.stance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** recordStatement stores the statement with its stances, mentions and answer, at version 1 with a CREATED revision. */
@QuarkusTest
class RecordStatementTest {

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    @Test
    void recordsTheStatementWithStancesMentionsAndItsAnswer() {
        long article = StatementFixture.article(data);
        long minister = data.actor(TestData.unique("Minister"), "PERSON");
        long government = data.actor(TestData.unique("Government"), "GOVERNMENT");
        long vendor = data.actor(TestData.unique("Vendor"), "COMPANY");
        long publishers = data.actor(TestData.unique("Publishers"), "ORGANIZATION");
        long ban = data.topic(StatementFixture.slug());
        long trust = data.topic(StatementFixture.slug());
        long earlier = data.statement(article).speaker(vendor).text("the vendor is safe").create();
        Map<String, Long> before = rows.of(TABLES);

        Map<String, Object> input = input(article, minister);
        input.put("onBehalfOfId", TestData.id("Actor", government));
        input.put("attribution", "the minister");
        input.put("cue", "said");
        input.put("saidOn", "2021-03-15");
        input.put("stances", List.of(stance(ban, "SUPPORT", 0.9), stance(trust, "OPPOSE", null)));
        input.put("mentionIds", List.of(TestData.id("Actor", vendor), TestData.id("Actor", publishers)));
        input.put("respondsToId", TestData.id("Statement", earlier));
        JsonPath d = mutate(RECORD, input);
        assertNoUserErrors(d, "recordStatement");

        d.setRootPath("data.recordStatement.statement");
        assertNotNull(d.getString("id"), "the recorded statement is returned");
        assertEquals(QUOTE, d.getString("text"));
        assertEquals(QUOTE, BODY.substring(d.getInt("start"), d.getInt("end")), "the offsets index the text in the body");
        assertEquals("DIRECT", d.getString("kind"));
        assertEquals("said", d.getString("cue"));
        assertEquals("the minister", d.getString("attribution"));
        assertEquals("2021-03-15", d.getString("saidOn"));
        assertEquals("DAY", d.getString("saidOnPrecision"), "a date given alone has DAY precision");
        assertEquals(TestData.id("Article", article), d.getString("article.id"));
        assertEquals(TestData.id("Actor", minister), d.getString("speaker.id"));
        assertEquals(TestData.id("Actor", government), d.getString("onBehalfOf.id"));
        assertEquals(TestData.id("Statement", earlier), d.getString("respondsTo.id"));
        assertEquals(List.of(Map.of("id", TestData.id("Actor", vendor)), Map.of("id", TestData.id("Actor", publishers))),
                d.getList("mentions"), "both mentioned actors");
        Map<String, Object> supports = new HashMap<>(Map.of("topic", Map.of("id", TestData.id("Topic", ban)), "label", "SUPPORT"));
        supports.put("confidence", 0.9f);
        Map<String, Object> opposes = new HashMap<>(Map.of("topic", Map.of("id", TestData.id("Topic", trust)), "label", "OPPOSE"));
        opposes.put("confidence", null);
        List<Map<String, Object>> stances = d.getList("stances");
        assertEquals(2, stances.size(), "one stance per topic given: " + stances);
        assertEquals(supports, stances.stream().filter(s -> s.get("label").equals("SUPPORT")).findFirst().orElseThrow());
        assertEquals(opposes, stances.stream().filter(s -> s.get("label").equals("OPPOSE")).findFirst().orElseThrow());
        assertEquals(false, d.getBoolean("retracted"));
        assertEquals(1, d.getInt("version"), "a new statement is at version 1");
        assertEquals(1, d.getList("history").size(), "one revision: " + d.getList("history"));
        assertEquals("CREATED", d.getString("history[0].action"), "the first revision creates it");
        assertEquals(Tokens.EDITOR, d.getString("history[0].by"), "the revision names the token's subject");
        assertNotNull(d.getString("history[0].createdAt"), "the revision has a time");

        assertEquals(before.get("statement") + 1, rows.count("select count(*) from statement"), "one statement row");
        assertEquals(before.get("stance") + 2, rows.count("select count(*) from stance"), "two stance rows");
        assertEquals(before.get("statement_mention") + 2, rows.count("select count(*) from statement_mention"),
                "two mention rows");
        assertEquals(before.get("revision") + 1, rows.count("select count(*) from revision"), "one revision row");
    }

    @Test
    void aMonthPrecisionDateIsStoredAsTheFirstDayOfTheMonth() {
        long article = StatementFixture.article(data);
        long speaker = data.actor(TestData.unique("Speaker"), "PERSON");
        Map<String, Object> input = input(article, speaker);
        input.put("saidOn", "2021-03-15");
        input.put("saidOnPrecision", "MONTH");
        JsonPath d = mutate(RECORD, input);
        assertNoUserErrors(d, "recordStatement");
        assertEquals("2021-03-01", d.getString("recordStatement.statement.saidOn"), "'March 2021' is stored as its first day");
        assertEquals("MONTH", d.getString("recordStatement.statement.saidOnPrecision"));
        long key = RowCounts.key(d.getString("recordStatement.statement.id"));
        assertEquals("2021-03-01", rows.text("select said_on::text from statement where id = ?", key), "and so in the table");

        input.put("saidOn", "2020-07-20");
        input.put("saidOnPrecision", "YEAR");
        JsonPath year = mutate(RECORD, input);
        assertEquals("2020-01-01", year.getString("recordStatement.statement.saidOn"), "'2020' is stored as Jan 1");
    }

    @Test
    void aStatementWithoutSpeakerOrOffsetsIsRecorded() {
        long article = StatementFixture.article(data);
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", TestData.id("Article", article));
        input.put("kind", "REPORTED");
        input.put("text", "the ministry reportedly banned the vendor");
        JsonPath d = mutate(RECORD, input);
        assertNoUserErrors(d, "recordStatement");
        assertNull(d.get("recordStatement.statement.speaker"), "the speaker is optional");
        assertNull(d.get("recordStatement.statement.start"), "offsets are optional");
        assertEquals(List.of(), d.getList("recordStatement.statement.stances"));
    }
}
