package io.stancegraph.actor;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** actor(id | name | wikidataId) and actors(search, kinds). */
@QuarkusTest
class ActorLookupTest {

    private static final String BY = """
            query($id: ID, $name: String, $wikidataId: String) {
              actor(id: $id, name: $name, wikidataId: $wikidataId) { id name kind description wikidataId }
            }""";

    private static final String SEARCH = """
            query($search: String, $kinds: [ActorKind!]) {
              actors(search: $search, kinds: $kinds, first: 100) { totalCount nodes { id name } }
            }""";

    @Inject
    TestData data;

    /** A word no other actor has: letters ending in x, which neither the simple nor the English stemmer changes. */
    private static String token() {
        StringBuilder sb = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            sb.append((char) ('a' + Character.digit(c, 16)));
        }
        return sb.append('x').toString();
    }

    @Test
    void nameIgnoresCaseSpacesAndPunctuation() {
        for (String name : List.of("us", "U. S.", "u.s", "US")) {
            assertEquals("United States", data(BY, vars("name", name)).getString("actor.name"),
                    "'" + name + "' finds the seed actor aliased 'U.S.'");
        }
        String token = token();
        long actor = data.actor(TestData.unique("Ministry of " + token), "GOVERNMENT", "M.o." + token.toUpperCase() + ".");
        for (String name : List.of("mo" + token, "M. O. " + token, "m.o." + token.toUpperCase())) {
            assertEquals(TestData.id("Actor", actor), data(BY, vars("name", name)).getString("actor.id"),
                    "'" + name + "' finds the actor aliased 'M.o." + token.toUpperCase() + ".'");
        }
    }

    @Test
    void aTieGoesToTheActorWithMostStatements() {
        String alias = "Tie " + token();
        long quiet = data.actor(TestData.unique("Quiet"), "PERSON", alias);
        long talkative = data.actor(TestData.unique("Talkative"), "PERSON", alias);
        long article = data.article().create();
        data.statement(article).speaker(quiet).create();
        for (int i = 0; i < 3; i++) {
            data.statement(article).speaker(talkative).create();
        }
        assertEquals(TestData.id("Actor", talkative), data(BY, vars("name", alias.toLowerCase())).getString("actor.id"),
                "two actors share the alias: the one with 3 statements wins over the one with 1 (and the lower ID)");
    }

    @Test
    void byWikidataIdAndById() {
        String qid = "Q" + (900_000_000L + (long) (Math.random() * 99_000_000L));
        long actor = data.actor(TestData.unique("Wikidata"), "COMPANY");
        data.describe(actor, "A maker of network gear", qid);
        JsonPath d = data(BY, vars("wikidataId", qid));
        assertEquals(TestData.id("Actor", actor), d.getString("actor.id"), "actor(wikidataId:) finds the actor");
        assertEquals(qid, d.getString("actor.wikidataId"));
        assertEquals("A maker of network gear", d.getString("actor.description"));
        assertEquals("COMPANY", data(BY, vars("id", TestData.id("Actor", actor))).getString("actor.kind"),
                "actor(id:) finds the actor");
    }

    @Test
    void unknownActorIsNullNotAnError() {
        assertNull(data(BY, vars("name", TestData.unique("Nobody"))).get("actor"), "an unknown name gives null");
        assertNull(data(BY, vars("wikidataId", "Q999999999999")).get("actor"), "an unknown Wikidata item gives null");
        assertNull(data(BY, vars("id", TestData.id("Actor", 999_999_999L))).get("actor"), "an unknown ID gives null");
    }

    @Test
    void zeroOrTwoArgumentsAreAValidationError() {
        List<Map<String, Object>> none = errors(BY, vars());
        assertEquals("VALIDATION", code(none.get(0)), "actor() needs one argument: " + none);
        List<Map<String, Object>> two = errors(BY, vars("name", "us", "wikidataId", "Q30"));
        assertEquals("VALIDATION", code(two.get(0)), "actor(name:, wikidataId:) is one argument too many: " + two);
    }

    @Test
    void searchCoversNamesAliasesAndDescriptions() {
        String token = token();
        long named = data.actor("Agency " + token, "ORGANIZATION");
        long aliased = data.actor(TestData.unique("Aliased"), "PERSON", "The " + token);
        long described = data.actor(TestData.unique("Described"), "COMPANY");
        data.describe(described, "Supplier of network gear, see " + token, null);
        assertFound(Set.of(named, aliased, described), vars("search", token), "the word in a name, an alias, a description");
        assertFound(Set.of(aliased, described), vars("search", token, "kinds", List.of("PERSON", "COMPANY")),
                "kinds: persons or companies among the matches");
        assertFound(Set.of(named), vars("search", token, "kinds", List.of("ORGANIZATION")), "kinds: organizations only");
    }

    @Test
    void searchFindsADescriptionByTheWordsWrittenInIt() {
        String token = token();
        long described = data.actor(TestData.unique("Vendor"), "COMPANY");
        data.describe(described, "Chinese supplier of telecommunications equipment " + token, null);
        assertFound(Set.of(described), vars("search", "telecommunications " + token),
                "'telecommunications' is written in the description, so the actor matches");
        assertFound(Set.of(described), vars("search", "equipment " + token),
                "'equipment' is written in the description, so the actor matches");
    }

    @Test
    void kindsAloneListOnlyThoseKinds() {
        data.actor(TestData.unique("Kind check"), "COUNTRY");
        JsonPath d = data("""
                query($kinds: [ActorKind!]) { actors(kinds: $kinds, first: 100) { totalCount nodes { kind } } }""",
                vars("kinds", List.of("COUNTRY")));
        List<String> kinds = d.getList("actors.nodes.kind");
        assertEquals(Set.of("COUNTRY"), Set.copyOf(kinds), "actors(kinds: [COUNTRY]) lists countries only");
        assertTrue(d.getInt("actors.totalCount") >= 1, "our country is counted");
    }

    private static void assertFound(Set<Long> keys, Map<String, Object> variables, String why) {
        JsonPath d = data(SEARCH, variables);
        Set<String> expected = keys.stream().map(k -> TestData.id("Actor", k)).collect(Collectors.toSet());
        assertEquals(expected, Set.copyOf(d.getList("actors.nodes.id")), why + " (" + variables + ")");
        assertEquals(keys.size(), d.getInt("actors.totalCount"), "totalCount of " + why);
    }
}
