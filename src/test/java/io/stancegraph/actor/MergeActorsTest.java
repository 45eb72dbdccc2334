package io.stancegraph.actor;

import static io.stancegraph.actor.ActorMutationsTest.mutate;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.stancegraph.common.Tokens;

/** mergeActors: everything moves to the survivor, the old ID forwards to it, statements record the merge. */
@QuarkusTest
class MergeActorsTest {

    private static final String MERGE = """
            mutation($input: MergeActorsInput!) {
              mergeActors(input: $input) {
                actor { id name aliases affiliations { organization { id } } members { member { id } } }
                userErrors { code field message }
              }
            }""";
    private static final String STATEMENT = """
            query($id: ID!) {
              node(id: $id) { ... on Statement { speaker { id } onBehalfOf { id } mentions { id } version history { action by } } }
            }""";
    private static final String[] TABLES = {"actor", "actor_alias", "affiliation", "statement", "statement_mention", "revision"};

    @Inject
    TestData data;
    @Inject
    RowCounts rows;

    private static Map<String, Object> merge(long into, long from) {
        return Map.of("intoId", TestData.id("Actor", into), "fromId", TestData.id("Actor", from));
    }

    @Test
    void statementsAliasesAndAffiliationsMoveAndTheOldIdForwards() {
        String survivorName = TestData.unique("Harry Harris");
        String absorbedName = TestData.unique("H. Harris");
        long survivor = data.actor(survivorName, "PERSON", "Harris");
        long absorbed = data.actor(absorbedName, "PERSON", "Ambassador Harris", "harris");
        long embassy = data.actor(TestData.unique("Embassy"), "GOVERNMENT");
        long aide = data.actor(TestData.unique("Aide"), "PERSON");
        long other = data.actor(TestData.unique("Other"), "PERSON");
        data.affiliate(absorbed, embassy, "ambassador", LocalDate.parse("2018-07-01"), null);
        data.affiliate(aide, absorbed, "aide", null, null);
        long article = data.article().create();
        long spoken = data.statement(article).speaker(absorbed).mention(absorbed).create();
        long onBehalf = data.statement(article).speaker(other).onBehalfOf(absorbed).create();
        long untouched = data.statement(article).speaker(survivor).create();

        JsonPath d = mutate(MERGE, merge(survivor, absorbed));
        assertNoUserErrors(d, "mergeActors");
        String survivorId = TestData.id("Actor", survivor);
        String absorbedId = TestData.id("Actor", absorbed);
        assertEquals(survivorId, d.getString("mergeActors.actor.id"), "the survivor is returned");
        List<String> aliases = d.getList("mergeActors.actor.aliases");
        assertTrue(aliases.containsAll(List.of("Harris", absorbedName, "Ambassador Harris")),
                "the absorbed actor's name and aliases become the survivor's aliases: " + aliases);
        assertEquals(aliases.size(), aliases.stream().map(a -> a.toLowerCase().replaceAll("[^a-z0-9]", "")).distinct().count(),
                "no alias twice ignoring case and punctuation ('harris' = 'Harris'): " + aliases);
        assertEquals(List.of(Map.of("organization", Map.of("id", TestData.id("Actor", embassy)))),
                d.getList("mergeActors.actor.affiliations"), "the absorbed actor's membership moves");
        assertEquals(List.of(Map.of("member", Map.of("id", TestData.id("Actor", aide)))),
                d.getList("mergeActors.actor.members"), "the absorbed actor's members move");
        assertEquals(0, rows.count("select count(*) from actor_alias where actor_id = ?", absorbed), "no alias left behind");
        assertEquals(0, rows.count("select count(*) from affiliation where ? in (member_id, organization_id)", absorbed),
                "no affiliation left behind");

        JsonPath s = data(STATEMENT, vars("id", TestData.id("Statement", spoken)));
        assertEquals(survivorId, s.getString("node.speaker.id"), "the absorbed actor's statement is the survivor's");
        assertEquals(List.of(Map.of("id", survivorId)), s.getList("node.mentions"), "mentions move too");
        assertEquals(2, s.getInt("node.version"), "the merge bumps the statement's version from 1");
        assertEquals(List.of(Map.of("action", "MERGED", "by", Tokens.EDITOR)), s.getList("node.history"),
                "the statement's history records the merge and who made it");
        JsonPath b = data(STATEMENT, vars("id", TestData.id("Statement", onBehalf)));
        assertEquals(survivorId, b.getString("node.onBehalfOf.id"), "statements on the absorbed actor's behalf move");
        assertEquals(TestData.id("Actor", other), b.getString("node.speaker.id"), "their speaker stays");
        assertEquals(2, b.getInt("node.version"), "and their version goes up");
        JsonPath u = data(STATEMENT, vars("id", TestData.id("Statement", untouched)));
        assertEquals(1, u.getInt("node.version"), "the survivor's own statement is not touched");

        JsonPath old = data("""
                query($id: ID!) {
                  node(id: $id) { id ... on Actor { name } }
                  actor(id: $id) { id name statements(first: 10) { totalCount nodes { id } } }
                }""", vars("id", absorbedId));
        assertEquals(survivorId, old.getString("node.id"), "node(id:) of the absorbed ID gives the survivor");
        assertNotEquals(absorbedId, old.getString("node.id"), "whose id differs from the one asked");
        assertEquals(survivorName, old.getString("node.name"));
        assertEquals(survivorId, old.getString("actor.id"), "actor(id:) of the absorbed ID gives the survivor");
        assertEquals(2, old.getInt("actor.statements.totalCount"), "the survivor speaks both statements now");
    }

    @Test
    void aStatementThatOnlyMentionsTheAbsorbedActorRecordsTheChange() {
        long survivor = data.actor(TestData.unique("Huawei"), "COMPANY");
        long absorbed = data.actor(TestData.unique("Huawei Technologies"), "COMPANY");
        long speaker = data.actor(TestData.unique("Critic"), "PERSON");
        long statement = data.statement(data.article().create()).speaker(speaker).mention(absorbed).create();

        assertNoUserErrors(mutate(MERGE, merge(survivor, absorbed)), "mergeActors");
        JsonPath s = data(STATEMENT, vars("id", TestData.id("Statement", statement)));
        assertEquals(List.of(Map.of("id", TestData.id("Actor", survivor))), s.getList("node.mentions"),
                "the mention moves to the survivor");
        assertEquals(2, s.getInt("node.version"), "the merge changed the statement's mentions, and every change bumps"
                + " the version (a client holding version 1 must not pass expectedVersion: 1 any more)");
        assertEquals(List.of(Map.of("action", "MERGED", "by", Tokens.EDITOR)), s.getList("node.history"),
                "each change writes a revision: the moved mention gets a MERGED revision like a moved speaker");
    }

    @Test
    void aFilterByTheOldIdFindsTheSurvivorsStatements() {
        long survivor = data.actor(TestData.unique("Seoul"), "COUNTRY");
        long absorbed = data.actor(TestData.unique("South Korea"), "COUNTRY");
        long statement = data.statement(data.article().create()).speaker(absorbed).create();
        assertNoUserErrors(mutate(MERGE, merge(survivor, absorbed)), "mergeActors");
        JsonPath d = data("""
                query($ids: [ID!]) { statements(filter: { speakerIds: $ids }, first: 10) { totalCount nodes { id } } }""",
                vars("ids", List.of(TestData.id("Actor", absorbed))));
        assertEquals(List.of(Map.of("id", TestData.id("Statement", statement))), d.getList("statements.nodes"),
                "the absorbed ID resolves to the survivor (MergeActorsInput.fromId), so a saved filter by it still finds"
                        + " the statement it used to find");
    }

    @Test
    void theSurvivorTakesTheWikidataItemAndDescriptionItLacks() {
        String absorbedName = TestData.unique("Republic of Korea");
        long survivor = data.actor(TestData.unique("South Korea"), "COUNTRY");
        long absorbed = data.actor(absorbedName, "COUNTRY");
        String wikidata = ActorMutationsTest.wikidata();
        assertNoUserErrors(mutate("""
                mutation($input: UpdateActorInput!) { updateActor(input: $input) { userErrors { code field message } } }""",
                Map.of("actorId", TestData.id("Actor", absorbed), "wikidataId", wikidata, "description", "East Asian state")),
                "updateActor");

        JsonPath d = mutate("""
                mutation($input: MergeActorsInput!) {
                  mergeActors(input: $input) { actor { id wikidataId description } userErrors { code field message } }
                }""", merge(survivor, absorbed));
        assertNoUserErrors(d, "mergeActors");
        assertEquals(wikidata, d.getString("mergeActors.actor.wikidataId"), "the survivor takes the Wikidata item");
        assertEquals("East Asian state", d.getString("mergeActors.actor.description"), "and the description it lacked");
        JsonPath found = data("""
                query($wikidataId: String, $name: String) { byItem: actor(wikidataId: $wikidataId) { id } byName: actor(name: $name) { id } }""",
                vars("wikidataId", wikidata, "name", absorbedName));
        assertEquals(TestData.id("Actor", survivor), found.getString("byItem.id"), "actor(wikidataId:) finds the survivor");
        assertEquals(TestData.id("Actor", survivor), found.getString("byName.id"), "the absorbed name finds the survivor");
    }

    @Test
    void mergingAMergedActorIsAConflictAndIntoItselfInvalid() {
        long a = data.actor(TestData.unique("Alpha"), "ORGANIZATION");
        long b = data.actor(TestData.unique("Beta"), "ORGANIZATION");
        long c = data.actor(TestData.unique("Gamma"), "ORGANIZATION");
        assertNoUserErrors(mutate(MERGE, merge(a, b)), "mergeActors");
        Map<String, Long> before = rows.of(TABLES);

        JsonPath again = mutate(MERGE, merge(c, b));
        assertOnlyUserError(again, "mergeActors", "CONFLICT", "fromId");
        assertNull(again.get("mergeActors.actor"), "no actor when the absorbed actor was already merged");
        JsonPath self = mutate(MERGE, merge(a, a));
        assertOnlyUserError(self, "mergeActors", "VALIDATION", "fromId");
        assertNull(self.get("mergeActors.actor"), "no actor when merging an actor into itself");
        JsonPath missing = mutate(MERGE, merge(a, 987_654_340L));
        assertOnlyUserError(missing, "mergeActors", "NOT_FOUND", "fromId");
        assertEquals(before, rows.of(TABLES), "refused merges write nothing");
        assertEquals(0, rows.count("select count(*) from actor where id = ? and merged_into_id is not null", c),
                "the third actor was not touched");
    }
}
