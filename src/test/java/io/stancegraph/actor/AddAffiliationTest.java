package io.stancegraph.actor;

import static io.stancegraph.actor.ActorMutationsTest.mutate;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;

/** addAffiliation: its user errors, and the membership it records credits the organisation under rollUp. */
@QuarkusTest
class AddAffiliationTest {

    private static final String ADD = """
            mutation($input: AddAffiliationInput!) {
              addAffiliation(input: $input) {
                actor { id affiliations { organization { id } role startedOn endedOn } }
                userErrors { code field message }
              }
            }""";
    private static final String[] TABLES = {"affiliation", "revision"};

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    private static Map<String, Object> affiliation(long member, long org, String startedOn, String endedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("memberId", TestData.id("Actor", member));
        input.put("organizationId", TestData.id("Actor", org));
        input.put("role", "spokesperson");
        input.put("startedOn", startedOn);
        input.put("endedOn", endedOn);
        return input;
    }

    @Test
    void unknownActorsAndAnInvertedPeriodAreRefused() {
        long member = data.actor(TestData.unique("Member"), "PERSON");
        long org = data.actor(TestData.unique("Party"), "ORGANIZATION");
        Map<String, Long> before = rows.of(TABLES);

        JsonPath noMember = mutate(ADD, affiliation(987_654_330L, org, null, null));
        assertOnlyUserError(noMember, "addAffiliation", "NOT_FOUND", "memberId");
        assertNull(noMember.get("addAffiliation.actor"), "no actor when the member is unknown");
        JsonPath noOrg = mutate(ADD, affiliation(member, 987_654_331L, null, null));
        assertOnlyUserError(noOrg, "addAffiliation", "NOT_FOUND", "organizationId");
        JsonPath inverted = mutate(ADD, affiliation(member, org, "2021-06-30", "2021-03-01"));
        assertOnlyUserError(inverted, "addAffiliation", "VALIDATION", "endedOn");
        assertNull(inverted.get("addAffiliation.actor"), "no actor when endedOn is before startedOn");
        assertEquals(before, rows.of(TABLES), "refused affiliations write nothing");
    }

    @Test
    void theOrganisationIsCreditedWithItsMembersRecordedStatement() {
        long member = data.actor(TestData.unique("Envoy"), "PERSON");
        long org = data.actor(TestData.unique("Alliance"), "ORGANIZATION");
        String slug = "rollup-" + UUID.randomUUID().toString().substring(0, 8);
        long topic = data.topic(slug);
        String body = "The envoy said the alliance backs the plan.";
        long article = data.article().body(body).publishedOn(LocalDate.parse("2021-05-02")).create();

        JsonPath added = mutate(ADD, affiliation(member, org, "2021-01-01", "2021-12-31"));
        assertNoUserErrors(added, "addAffiliation");
        assertEquals(TestData.id("Actor", member), added.getString("addAffiliation.actor.id"), "the member is returned");
        assertEquals(List.of(Map.of("organization", Map.of("id", TestData.id("Actor", org)), "role", "spokesperson",
                "startedOn", "2021-01-01", "endedOn", "2021-12-31")), added.getList("addAffiliation.actor.affiliations"),
                "the member now belongs to the organisation for 2021");

        Map<String, Object> statement = new HashMap<>();
        statement.put("articleId", TestData.id("Article", article));
        statement.put("speakerId", TestData.id("Actor", member));
        statement.put("kind", "INDIRECT");
        statement.put("text", "the alliance backs the plan");
        statement.put("saidOn", "2021-05-01");
        statement.put("stances", List.of(Map.of("topicId", TestData.id("Topic", topic), "label", "SUPPORT")));
        JsonPath recorded = mutate("""
                mutation($input: RecordStatementInput!) {
                  recordStatement(input: $input) { statement { id } userErrors { code field message } }
                }""", statement);
        assertNoUserErrors(recorded, "recordStatement");

        JsonPath d = data("""
                query($topicId: ID!) {
                  positions(topicId: $topicId, asOf: "2021-12-31", rollUp: true, first: 100) {
                    nodes { actor { id } label statementCount evidence { id } }
                  }
                }""", vars("topicId", TestData.id("Topic", topic)));
        List<Map<String, Object>> nodes = d.getList("positions.nodes");
        Map<String, Object> orgPosition = nodes.stream()
                .filter(n -> TestData.id("Actor", org).equals(((Map<?, ?>) n.get("actor")).get("id"))).findFirst().orElse(null);
        assertNotNull(orgPosition, "with rollUp the organisation has a position from its member's statement: " + nodes);
        assertEquals("SUPPORT", orgPosition.get("label"), "the organisation takes its member's SUPPORT");
        assertEquals(1, orgPosition.get("statementCount"), "one statement behind it");
        assertEquals(List.of(Map.of("id", recorded.getString("recordStatement.statement.id"))), orgPosition.get("evidence"),
                "the evidence is the statement recorded through recordStatement");
    }
}
