package io.stancegraph.actor;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** Actor.aliases, Actor.affiliations (as member) and Actor.members (as organisation). */
@QuarkusTest
class ActorRelationsTest {

    private static final String ACTOR = """
            query($id: ID) {
              actor(id: $id) {
                name aliases
                affiliations { role startedOn endedOn member { name } organization { name } }
                members { role startedOn endedOn member { name } organization { name } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void aliasesListEveryAlias() {
        long actor = data.actor(TestData.unique("Aliased"), "PERSON", "Harry", "H. H.", "the ambassador");
        JsonPath d = data(ACTOR, vars("id", TestData.id("Actor", actor)));
        List<String> aliases = d.getList("actor.aliases");
        assertEquals(Set.of("Harry", "H. H.", "the ambassador"), Set.copyOf(aliases), "every alias, as written");
        assertEquals(3, aliases.size(), "each alias once: " + aliases);
        long bare = data.actor(TestData.unique("Bare"), "PERSON");
        assertEquals(List.of(), data(ACTOR, vars("id", TestData.id("Actor", bare))).getList("actor.aliases"),
                "an actor without aliases has an empty list");
    }

    @Test
    void affiliationsAndMembersLinkBothWays() {
        String personName = TestData.unique("Member");
        String partyName = TestData.unique("Party");
        String ministryName = TestData.unique("Ministry");
        long person = data.actor(personName, "PERSON");
        long party = data.actor(partyName, "ORGANIZATION");
        long ministry = data.actor(ministryName, "GOVERNMENT");
        data.affiliate(person, ministry, "Minister", LocalDate.of(2019, 3, 1), LocalDate.of(2020, 8, 31));
        data.affiliate(person, party, "Chair", null, null);

        JsonPath p = data(ACTOR, vars("id", TestData.id("Actor", person)));
        assertEquals(2, p.getList("actor.affiliations").size(), "the person belongs to the party and the ministry");
        Map<String, Object> chair = byRole(p.getList("actor.affiliations"), "Chair");
        assertEquals(partyName, name(chair, "organization"), "the person chairs the party");
        assertEquals(personName, name(chair, "member"));
        assertNull(chair.get("startedOn"), "an undated affiliation has no startedOn");
        assertNull(chair.get("endedOn"), "an open affiliation has no endedOn");
        Map<String, Object> minister = byRole(p.getList("actor.affiliations"), "Minister");
        assertEquals(ministryName, name(minister, "organization"));
        assertEquals("2019-03-01", minister.get("startedOn"));
        assertEquals("2020-08-31", minister.get("endedOn"));
        assertEquals(List.of(), p.getList("actor.members"), "nobody belongs to the person");

        JsonPath m = data(ACTOR, vars("id", TestData.id("Actor", ministry)));
        assertEquals(List.of(personName), m.getList("actor.members.member.name"), "the ministry's member is the person");
        assertEquals(List.of("Minister"), m.getList("actor.members.role"));
        assertEquals(List.of(ministryName), m.getList("actor.members.organization.name"));
        assertEquals(List.of(), m.getList("actor.affiliations"), "the ministry belongs to nothing");
    }

    private static Map<String, Object> byRole(List<Map<String, Object>> affiliations, String role) {
        return affiliations.stream().filter(a -> role.equals(a.get("role"))).findFirst()
                .orElseThrow(() -> new AssertionError("an affiliation with role " + role + " in " + affiliations));
    }

    private static String name(Map<String, Object> affiliation, String side) {
        return (String) ((Map<?, ?>) affiliation.get(side)).get("name");
    }
}
