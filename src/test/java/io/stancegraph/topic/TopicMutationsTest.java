package io.stancegraph.topic;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** createTopic and updateTopic: slugs are checked and unique, updates change only what is given. */
@QuarkusTest
class TopicMutationsTest {

    private static final String CREATE = """
            mutation($input: CreateTopicInput!) {
              createTopic(input: $input) { topic { id slug name description } userErrors { code field message } }
            }""";
    private static final String UPDATE = """
            mutation($input: UpdateTopicInput!) {
              updateTopic(input: $input) { topic { id slug name description } userErrors { code field message } }
            }""";
    private static final String[] TABLES = {"topic", "revision"};

    @Inject
    RowCounts rows;

    private static String slug() {
        return "topic-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonPath mutate(String document, Map<String, Object> input) {
        return dataAs(document, vars("input", input), Tokens.editor());
    }

    @Test
    void createTopicStoresSlugNameAndProposition() {
        String slug = slug();
        JsonPath d = mutate(CREATE, Map.of("slug", slug, "name", "Ban the thing", "description", "The thing should be banned"));
        assertNoUserErrors(d, "createTopic");
        assertEquals(slug, d.getString("createTopic.topic.slug"));
        assertEquals("Ban the thing", d.getString("createTopic.topic.name"));
        assertEquals("The thing should be banned", d.getString("createTopic.topic.description"));
        JsonPath read = data("query($slug: String) { topic(slug: $slug) { id } }", vars("slug", slug));
        assertEquals(d.getString("createTopic.topic.id"), read.getString("topic.id"), "topic(slug:) finds the new topic");
    }

    @Test
    void aMalformedSlugIsRefused() {
        for (String bad : List.of("Has Capitals", "double--hyphen", "-leading", "trailing-", "under_score", "")) {
            Map<String, Long> before = rows.of(TABLES);
            JsonPath d = mutate(CREATE, Map.of("slug", bad, "name", "Bad slug"));
            assertOnlyUserError(d, "createTopic", "VALIDATION", "slug");
            assertNull(d.get("createTopic.topic"), "no topic for slug '" + bad + "'");
            assertEquals(before, rows.of(TABLES), "nothing written for slug '" + bad + "'");
        }
    }

    @Test
    void aTakenSlugIsAConflict() {
        String slug = slug();
        assertNoUserErrors(mutate(CREATE, Map.of("slug", slug, "name", "First")), "createTopic");
        Map<String, Long> before = rows.of(TABLES);
        JsonPath d = mutate(CREATE, Map.of("slug", slug, "name", "Second"));
        assertOnlyUserError(d, "createTopic", "CONFLICT", "slug");
        assertNull(d.get("createTopic.topic"), "no topic when the slug is taken");
        assertEquals(before, rows.of(TABLES), "nothing written when the slug is taken");
        assertEquals("First", data("query($slug: String) { topic(slug: $slug) { name } }", vars("slug", slug))
                .getString("topic.name"), "the first topic keeps its name");
    }

    @Test
    void updateTopicChangesOnlyTheGivenFields() {
        String slug = slug();
        String id = mutate(CREATE, Map.of("slug", slug, "name", "Old name", "description", "Old proposition"))
                .getString("createTopic.topic.id");
        JsonPath d = mutate(UPDATE, Map.of("topicId", id, "name", "New name"));
        assertNoUserErrors(d, "updateTopic");
        assertEquals("New name", d.getString("updateTopic.topic.name"), "the given field changes");
        assertEquals("Old proposition", d.getString("updateTopic.topic.description"), "description left out stays");
        assertEquals(slug, d.getString("updateTopic.topic.slug"), "the slug stays");

        JsonPath described = mutate(UPDATE, Map.of("topicId", id, "description", "New proposition"));
        assertEquals("New name", described.getString("updateTopic.topic.name"), "the earlier change stays");
        assertEquals("New proposition", described.getString("updateTopic.topic.description"));
    }

    @Test
    void updatingAnUnknownTopicIsNotFound() {
        Map<String, Long> before = rows.of(TABLES);
        for (String id : List.of(TestData.id("Topic", 987_654_350L), TestData.id("Actor", 1), "not-an-id")) {
            JsonPath d = mutate(UPDATE, Map.of("topicId", id, "name", "Whatever"));
            assertOnlyUserError(d, "updateTopic", "NOT_FOUND", "topicId");
            assertNull(d.get("updateTopic.topic"), "no topic for ID '" + id + "'");
        }
        assertEquals(before, rows.of(TABLES), "nothing written for unknown topics");
    }

    @Test
    void concurrentCreatesOfOneSlugMakeOneTopic() throws Exception {
        String slug = slug();
        String token = Tokens.editor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String name = "Racer " + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return dataAs(CREATE, vars("input", Map.of("slug", slug, "name", name)), token);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<JsonPath> answer : answers) {
                JsonPath d = answer.get(60, TimeUnit.SECONDS);
                if (d.get("createTopic.topic") != null) {
                    created++;
                } else {
                    assertEquals("CONFLICT", d.getString("createTopic.userErrors[0].code"),
                            "a caller that lost the race gets a CONFLICT user error, not a server error: " + d.prettify());
                }
            }
            assertEquals(1, created, "exactly one of the racing creates succeeds");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows.count("select count(*) from topic where slug = ?", slug), "one topic row for the slug");
    }
}
