package io.stancegraph.position;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** Query.positions(topicId) as a connection: first/after paging, totalCount, orderBy and the kinds filter. */
@QuarkusTest
class PositionPagingTest {

    private static final String PAGE = """
            query($topicId: ID!, $orderBy: PositionOrder, $kinds: [ActorKind!], $first: Int, $after: String) {
              positions(topicId: $topicId, asOf: "2022-12-31", orderBy: $orderBy, kinds: $kinds, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { actor { id kind } lastStatedOn statementCount }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void pagesWalkEveryActorOnceInEitherOrder() {
        long topic = newTopic();
        Set<String> actors = new HashSet<>();
        // counts and last dates repeat across actors, so the pages must break ties consistently
        String[] lastDays = {"2021-01-01", "2021-01-01", "2021-01-01", "2021-02-01", "2021-02-01", "2021-03-01", "2021-04-01"};
        for (int i = 0; i < lastDays.length; i++) {
            long actor = data.actor(TestData.unique("Member " + i), "PERSON");
            actors.add(TestData.id("Actor", actor));
            for (int k = 0; k <= i % 3; k++) {
                say(actor, topic, "SUPPORT", LocalDate.parse(lastDays[i]).minusDays(k).toString());
            }
        }
        for (String order : List.of("LAST_STATED_DESC", "STATEMENT_COUNT_DESC")) {
            List<Map<String, Object>> seen = walk(topic, order, null, 3, actors.size());
            List<Object> ids = seen.stream().map(n -> (Object) ((Map<?, ?>) n.get("actor")).get("id")).toList();
            assertEquals(actors.size(), ids.size(), order + ": every actor appears exactly once over the pages: " + ids);
            assertEquals(actors, new HashSet<>(ids), order + ": the pages hold exactly the topic's actors");
        }
    }

    @Test
    void statementCountDescOrdersByCount() {
        long topic = newTopic();
        long one = data.actor(TestData.unique("One"), "PERSON");
        long three = data.actor(TestData.unique("Three"), "PERSON");
        long two = data.actor(TestData.unique("Two"), "PERSON");
        say(one, topic, "SUPPORT", "2021-06-01");
        for (String day : List.of("2021-01-01", "2021-01-02", "2021-01-03")) {
            say(three, topic, "OPPOSE", day);
        }
        say(two, topic, "NEUTRAL", "2021-03-01");
        say(two, topic, "NEUTRAL", "2021-03-02");

        JsonPath d = data(PAGE, vars("topicId", TestData.id("Topic", topic), "orderBy", "STATEMENT_COUNT_DESC", "first", 10));
        assertEquals(List.of(TestData.id("Actor", three), TestData.id("Actor", two), TestData.id("Actor", one)),
                d.getList("positions.nodes.actor.id"), "most statements first: 3, 2, 1");
        assertEquals(List.of(3, 2, 1), d.getList("positions.nodes.statementCount"), "statement counts 3, 2, 1");

        JsonPath byDate = data(PAGE, vars("topicId", TestData.id("Topic", topic), "first", 10));
        assertEquals(List.of(TestData.id("Actor", one), TestData.id("Actor", two), TestData.id("Actor", three)),
                byDate.getList("positions.nodes.actor.id"), "the default order is most recently stated first");
    }

    @Test
    void kindsFilterKeepsOnlyThoseKinds() {
        long topic = newTopic();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            long person = data.actor(TestData.unique("Person"), "PERSON");
            people.add(TestData.id("Actor", person));
            say(person, topic, "SUPPORT", "2021-01-0" + (i + 1));
        }
        say(data.actor(TestData.unique("Country"), "COUNTRY"), topic, "OPPOSE", "2021-01-05");
        say(data.actor(TestData.unique("Ministry"), "GOVERNMENT"), topic, "OPPOSE", "2021-01-06");

        String topicId = TestData.id("Topic", topic);
        List<Map<String, Object>> persons = walk(topic, "LAST_STATED_DESC", List.of("PERSON"), 2, 3);
        assertEquals(people, new HashSet<>(persons.stream().map(n -> ((Map<?, ?>) n.get("actor")).get("id")).toList()),
                "kinds: [PERSON] pages through exactly the three people");
        assertTrue(persons.stream().allMatch(n -> "PERSON".equals(((Map<?, ?>) n.get("actor")).get("kind"))),
                "every actor is a PERSON");
        assertEquals(2, data(PAGE, vars("topicId", topicId, "kinds", List.of("COUNTRY", "GOVERNMENT"), "first", 10))
                .getInt("positions.totalCount"), "kinds matches any of its values: the country and the ministry");
        assertEquals(5, data(PAGE, vars("topicId", topicId, "first", 1)).getInt("positions.totalCount"),
                "without kinds every actor counts, whatever the page size");
    }

    /** All pages of the connection, checking totalCount, hasNextPage and the order of every page. */
    private List<Map<String, Object>> walk(long topic, String order, List<String> kinds, int first, int expected) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            JsonPath d = data(PAGE, vars("topicId", TestData.id("Topic", topic), "orderBy", order, "kinds", kinds,
                    "first", first, "after", after));
            assertEquals(expected, d.getInt("positions.totalCount"), order + ": totalCount is exact on every page");
            List<Map<String, Object>> nodes = d.getList("positions.nodes");
            assertTrue(nodes.size() <= first, "a page holds at most first rows");
            all.addAll(nodes);
            if (!d.getBoolean("positions.pageInfo.hasNextPage")) {
                assertEquals(expected, all.size(), order + ": hasNextPage is false only after the last row");
                break;
            }
            after = d.getString("positions.pageInfo.endCursor");
        }
        String key = order.equals("STATEMENT_COUNT_DESC") ? "statementCount" : "lastStatedOn";
        for (int i = 1; i < all.size(); i++) {
            Comparable<Object> before = comparable(all.get(i - 1).get(key));
            assertFalse(before.compareTo(all.get(i).get(key)) < 0, order + ": rows are in descending " + key + ": " + all);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }

    private long newTopic() {
        return data.topic(TestData.unique("t").toLowerCase().replace(' ', '-'));
    }

    private long say(long actor, long topic, String label, String day) {
        LocalDate d = LocalDate.parse(day);
        return data.statement(data.article().publishedOn(d).create()).speaker(actor).saidOn(d)
                .stance(topic, label, null).create();
    }
}
