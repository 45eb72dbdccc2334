package io.stancegraph.actor;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;
import io.stancegraph.common.UserErrorAssert;

/** createActor, updateActor, addAlias and removeAlias: what they store, and the user errors they give. */
@QuarkusTest
class ActorMutationsTest {

    static final String ACTOR_FIELDS = "actor { id name kind aliases description wikidataId } userErrors { code field message }";
    private static final String CREATE = """
            mutation($input: CreateActorInput!) { createActor(input: $input) { %s } }""".formatted(ACTOR_FIELDS);
    private static final String UPDATE = """
            mutation($input: UpdateActorInput!) { updateActor(input: $input) { %s } }""".formatted(ACTOR_FIELDS);
    private static final String ADD_ALIAS = """
            mutation($input: AliasInput!) { addAlias(input: $input) { %s } }""".formatted(ACTOR_FIELDS);
    private static final String REMOVE_ALIAS = """
            mutation($input: AliasInput!) { removeAlias(input: $input) { %s } }""".formatted(ACTOR_FIELDS);
    private static final String[] TABLES = {"actor", "actor_alias", "revision"};

    @Inject
    RowCounts rows;

    static String wikidata() {
        return "Q" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }

    static JsonPath mutate(String document, Map<String, Object> input) {
        return dataAs(document, vars("input", input), Tokens.editor());
    }

    private static Map<String, Object> newActor(String name, String kind) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("kind", kind);
        return input;
    }

    @Test
    void createActorStoresNameKindAliasesAndWikidata() {
        String name = TestData.unique("Ministry of Tests");
        String wikidata = wikidata();
        Map<String, Object> input = newActor(name, "GOVERNMENT");
        input.put("aliases", List.of("MoT", "the ministry", "M.O.T."));
        input.put("description", "A ministry made up for tests");
        input.put("wikidataId", wikidata);
        JsonPath d = mutate(CREATE, input);
        assertNoUserErrors(d, "createActor");
        assertEquals(name, d.getString("createActor.actor.name"));
        assertEquals("GOVERNMENT", d.getString("createActor.actor.kind"));
        assertEquals(List.of("MoT", "the ministry"), d.getList("createActor.actor.aliases"),
                "aliases in the given order; 'M.O.T.' equals 'MoT' ignoring case and punctuation and is kept once");
        assertEquals("A ministry made up for tests", d.getString("createActor.actor.description"));
        assertEquals(wikidata, d.getString("createActor.actor.wikidataId"));
        JsonPath read = data("query($name: String) { actor(name: $name) { id } }", vars("name", "the ministry"));
        assertEquals(d.getString("createActor.actor.id"), read.getString("actor.id"), "the alias finds the new actor");
    }

    @Test
    void createActorChecksTheWikidataId() {
        Map<String, Object> bad = newActor(TestData.unique("Badly Linked"), "PERSON");
        bad.put("wikidataId", "30");
        Map<String, Long> before = rows.of(TABLES);
        JsonPath d = mutate(CREATE, bad);
        assertOnlyUserError(d, "createActor", "VALIDATION", "wikidataId");
        assertNull(d.get("createActor.actor"), "no actor for a malformed wikidataId");
        assertEquals(before, rows.of(TABLES), "nothing written for a malformed wikidataId");

        String wikidata = wikidata();
        Map<String, Object> first = newActor(TestData.unique("First Holder"), "PERSON");
        first.put("wikidataId", wikidata);
        assertNoUserErrors(mutate(CREATE, first), "createActor");
        Map<String, Object> second = newActor(TestData.unique("Second Holder"), "PERSON");
        second.put("wikidataId", wikidata);
        second.put("aliases", List.of("Second"));
        before = rows.of(TABLES);
        JsonPath dup = mutate(CREATE, second);
        assertOnlyUserError(dup, "createActor", "CONFLICT", "wikidataId");
        assertNull(dup.get("createActor.actor"), "no actor when the wikidataId is taken");
        assertEquals(before, rows.of(TABLES), "nothing written (no actor, no alias) when the wikidataId is taken");
    }

    @Test
    void blankNamesAndAliasesAreRefused() {
        Map<String, Object> input = newActor(" ", "PERSON");
        input.put("aliases", List.of("fine", ""));
        Map<String, Long> before = rows.of(TABLES);
        JsonPath d = mutate(CREATE, input);
        UserErrorAssert.assertUserError(d, "createActor", "VALIDATION", "name");
        UserErrorAssert.assertUserError(d, "createActor", "VALIDATION", "aliases", "1");
        assertNull(d.get("createActor.actor"), "no actor with a blank name");
        assertEquals(before, rows.of(TABLES), "nothing written, not even the fine alias");
    }

    @Test
    void updateActorChangesOnlyTheGivenFields() {
        Map<String, Object> input = newActor(TestData.unique("Before Name"), "ORGANIZATION");
        input.put("aliases", List.of("BN"));
        input.put("description", "original description");
        input.put("wikidataId", wikidata());
        JsonPath created = mutate(CREATE, input);
        String id = created.getString("createActor.actor.id");

        JsonPath d = mutate(UPDATE, Map.of("actorId", id, "description", "new description"));
        assertNoUserErrors(d, "updateActor");
        assertEquals("new description", d.getString("updateActor.actor.description"), "the given field changes");
        assertEquals(input.get("name"), d.getString("updateActor.actor.name"), "name left out stays");
        assertEquals("ORGANIZATION", d.getString("updateActor.actor.kind"), "kind left out stays");
        assertEquals(input.get("wikidataId"), d.getString("updateActor.actor.wikidataId"), "wikidataId left out stays");
        assertEquals(List.of("BN"), d.getList("updateActor.actor.aliases"), "aliases stay");

        String newName = TestData.unique("After Name");
        JsonPath renamed = mutate(UPDATE, Map.of("actorId", id, "name", newName, "kind", "COMPANY"));
        assertEquals(newName, renamed.getString("updateActor.actor.name"));
        assertEquals("COMPANY", renamed.getString("updateActor.actor.kind"));
        assertEquals("new description", renamed.getString("updateActor.actor.description"), "the earlier change stays");

        Map<String, Long> before = rows.of(TABLES);
        JsonPath missing = mutate(UPDATE, Map.of("actorId", TestData.id("Actor", 987_654_321L), "name", "x"));
        assertOnlyUserError(missing, "updateActor", "NOT_FOUND", "actorId");
        JsonPath blank = mutate(UPDATE, Map.of("actorId", id, "name", "  "));
        assertOnlyUserError(blank, "updateActor", "VALIDATION", "name");
        assertEquals(before, rows.of(TABLES), "refused updates write nothing");
        assertEquals(newName, data("query($id: ID) { actor(id: $id) { name } }", vars("id", id)).getString("actor.name"),
                "the refused blank name did not overwrite the name");
    }

    @Test
    void aliasesAreAddedOnceAndRemovedIgnoringCaseAndPunctuation() {
        Map<String, Object> input = newActor(TestData.unique("United States"), "COUNTRY");
        input.put("aliases", List.of("U.S.A."));
        String id = mutate(CREATE, input).getString("createActor.actor.id");

        JsonPath added = mutate(ADD_ALIAS, Map.of("actorId", id, "alias", "Washington"));
        assertNoUserErrors(added, "addAlias");
        assertEquals(List.of("U.S.A.", "Washington"), added.getList("addAlias.actor.aliases"));

        Map<String, Long> before = rows.of(TABLES);
        JsonPath dup = mutate(ADD_ALIAS, Map.of("actorId", id, "alias", " usa "));
        assertOnlyUserError(dup, "addAlias", "CONFLICT", "alias");
        assertNull(dup.get("addAlias.actor"), "no actor with a conflict");
        assertEquals(before, rows.of(TABLES), "a duplicate alias writes nothing");

        JsonPath removed = mutate(REMOVE_ALIAS, Map.of("actorId", id, "alias", "u s a"));
        assertNoUserErrors(removed, "removeAlias");
        assertEquals(List.of("Washington"), removed.getList("removeAlias.actor.aliases"),
                "'u s a' removes 'U.S.A.' (same ignoring case, spaces and punctuation)");

        before = rows.of(TABLES);
        JsonPath absent = mutate(REMOVE_ALIAS, Map.of("actorId", id, "alias", "U.S.A."));
        assertOnlyUserError(absent, "removeAlias", "NOT_FOUND", "alias");
        assertNull(absent.get("removeAlias.actor"), "no actor when the alias is absent");
        JsonPath noActor = mutate(REMOVE_ALIAS, Map.of("actorId", TestData.id("Actor", 987_654_322L), "alias", "x"));
        assertOnlyUserError(noActor, "removeAlias", "NOT_FOUND", "actorId");
        assertEquals(before, rows.of(TABLES), "refused alias removals write nothing");
    }
}
