package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/**
 * The fold kept on write (position_stance, position_credit, position_day, topic_day) equals a fold from scratch after
 * every kind of edit that changes what it depends on: stances set and removed, a statement's date, speaker and
 * retraction, memberships added, and a merge.
 */
@QuarkusTest
class FoldMaintenanceTest {

    private static final String[] TABLES = {"position_stance", "position_credit", "position_day", "topic_day",
        "topic_month"};

    @Inject
    TestData data;
    @Inject
    DataSource dataSource;

    @Test
    void everyEditLeavesTheSameFoldAsARebuild() throws SQLException {
        long topic = data.topic(TestData.uniqueSlug("fold"));
        long party = data.actor(TestData.unique("Party"), "ORGANIZATION");
        long alice = data.actor(TestData.unique("Alice"), "PERSON");
        long bob = data.actor(TestData.unique("Bob"), "PERSON");
        data.affiliate(alice, party, "leader", LocalDate.parse("2020-01-01"), null);
        long article = data.article().publishedOn(LocalDate.parse("2021-05-05")).create();
        long s1 = data.statement(article).speaker(alice).saidOn(LocalDate.parse("2021-01-10"))
                .stance(topic, "SUPPORT", 0.9).create();
        long s2 = data.statement(article).speaker(alice).saidOn(LocalDate.parse("2021-02-10"))
                .stance(topic, "OPPOSE", 0.9).create();
        long s3 = data.statement(article).speaker(bob).onBehalfOf(party).stance(topic, "MIXED", 0.4).create();
        assertFoldIsRebuilt(topic, "after inserting statements with stances");

        edit("mutation($input: SetStanceInput!) { setStance(input: $input) { userErrors { message } } }",
                Map.of("statementId", TestData.id("Statement", s1), "topicId", TestData.id("Topic", topic),
                        "label", "NEUTRAL", "confidence", 0.3));
        assertFoldIsRebuilt(topic, "after setStance");

        edit("mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { userErrors { message } } }",
                Map.of("statementId", TestData.id("Statement", s2), "saidOn", "2019-12-31", "saidOnPrecision", "DAY",
                        "speakerId", TestData.id("Actor", bob)));
        assertFoldIsRebuilt(topic, "after moving a statement to another day and speaker");

        edit("mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { userErrors { message } } }",
                Map.of("memberId", TestData.id("Actor", bob), "organizationId", TestData.id("Actor", party),
                        "role", "member", "startedOn", "2019-06-01"));
        assertFoldIsRebuilt(topic, "after addAffiliation");

        edit("mutation($input: RetractStatementInput!) { retractStatement(input: $input) { userErrors { message } } }",
                Map.of("statementId", TestData.id("Statement", s3), "reason", "misattributed"));
        assertFoldIsRebuilt(topic, "after retractStatement");

        edit("mutation($input: RemoveStanceInput!) { removeStance(input: $input) { userErrors { message } } }",
                Map.of("statementId", TestData.id("Statement", s1), "topicId", TestData.id("Topic", topic)));
        assertFoldIsRebuilt(topic, "after removeStance");

        edit("mutation($input: MergeActorsInput!) { mergeActors(input: $input) { userErrors { message } } }",
                Map.of("fromId", TestData.id("Actor", bob), "intoId", TestData.id("Actor", alice)));
        assertFoldIsRebuilt(topic, "after mergeActors");
    }

    private static void edit(String mutation, Map<String, Object> input) {
        JsonPath d = dataAs(mutation, vars("input", input), Tokens.editor());
        String field = mutation.substring(mutation.indexOf('{') + 1, mutation.indexOf('(', mutation.indexOf('{'))).strip();
        assertEquals(List.of(), d.getList(field + ".userErrors"), field + " is accepted");
    }

    /** Compares the topic's rows with those of a rebuild from nothing, in a transaction that is rolled back. */
    private void assertFoldIsRebuilt(long topic, String when) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<String> kept = rows(c, topic);
                try (Statement st = c.createStatement()) {
                    st.execute("truncate " + String.join(", ", TABLES));
                    st.execute("select position_refresh(array(select distinct statement_id from stance))");
                }
                List<String> rebuilt = rows(c, topic);
                assertFalse(rebuilt.isEmpty(), "the topic has a fold " + when);
                assertEquals(rebuilt, kept, "the fold kept on write equals a rebuild " + when);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> rows(Connection c, long topic) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select t::text from " + table + " t where topic_id = ? order by t::text")) {
                ps.setLong(1, topic);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(table + " " + rs.getString(1));
                    }
                }
            }
        }
        return out;
    }
}
