package io.stancegraph.topic;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** topic(id | slug) and topics(search). */
@QuarkusTest
class TopicLookupTest {

    private static final String BY = """
            query($id: ID, $slug: String) { topic(id: $id, slug: $slug) { id slug name description } }""";

    private static final String SEARCH = """
            query($search: String) { topics(search: $search, first: 100) { totalCount nodes { id slug } } }""";

    @Inject
    TestData data;

    @Test
    void bySlugAndById() {
        String slug = TestData.uniqueSlug("tariffs");
        long topic = data.topic(slug, "Tariffs on steel", "Governments should raise tariffs on imported steel");
        JsonPath d = data(BY, vars("slug", slug));
        assertEquals(TestData.id("Topic", topic), d.getString("topic.id"), "topic(slug:) finds the topic");
        assertEquals("Tariffs on steel", d.getString("topic.name"));
        assertEquals("Governments should raise tariffs on imported steel", d.getString("topic.description"));
        assertEquals(slug, data(BY, vars("id", TestData.id("Topic", topic))).getString("topic.slug"), "topic(id:) too");
    }

    @Test
    void unknownTopicIsNullAndTwoArgumentsAreAnError() {
        assertNull(data(BY, vars("slug", TestData.uniqueSlug("nothing"))).get("topic"), "an unknown slug gives null");
        assertNull(data(BY, vars("id", TestData.id("Topic", 999_999_999L))).get("topic"), "an unknown ID gives null");
        assertNull(data(BY, vars("id", TestData.id("Actor", 1))).get("topic"), "an Actor ID names no topic: null");
        List<Map<String, Object>> errors = errors(BY, vars("slug", "huawei-5g-exclusion", "id", TestData.id("Topic", 1)));
        assertEquals("VALIDATION", code(errors.get(0)), "topic(id:, slug:) takes exactly one: " + errors);
        List<Map<String, Object>> none = errors(BY, vars());
        assertEquals("VALIDATION", code(none.get(0)), "topic() needs one argument: " + none);
    }

    @Test
    void searchIsFullTextOverNameAndDescription() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        long named = data.topic(TestData.uniqueSlug("named"), "Subsidies " + token, "Solar panels deserve state support");
        long described = data.topic(TestData.uniqueSlug("described"), TestData.unique("Chips"),
                "Governments should be excluding foreign vendors " + token);
        assertFound(List.of(named, described), token, "the word in a name or a description");
        assertFound(List.of(described), token + " excluded vendor", "stemming: 'excluded vendor' finds 'excluding vendors'");
        assertFound(List.of(named), token + " subsidy", "stemming: 'subsidy' finds 'Subsidies'");
        assertFound(List.of(), token + " -subsidies -vendors", "web search syntax: -word excludes");
    }

    private static void assertFound(List<Long> keys, String search, String why) {
        JsonPath d = data(SEARCH, vars("search", search));
        List<String> expected = keys.stream().map(k -> TestData.id("Topic", k)).sorted().toList();
        List<String> actual = d.getList("topics.nodes.id");
        assertEquals(expected, actual.stream().sorted().toList(), why + " (search '" + search + "')");
        assertEquals(keys.size(), d.getInt("topics.totalCount"), "totalCount: " + why);
    }
}
