package io.stancegraph.article;

import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.GraphQLClient;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** Many editors ingesting the same new URL at once get one row and one answer, and none of them an error. */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int CALLERS = 20;

    @Inject
    RowCounts rows;

    @Test
    void twentyConcurrentIngestsOfOneUrlStoreOneArticle() throws Exception {
        String token = UUID.randomUUID().toString();
        Map<String, Object> input = IngestArticleTest.article("https://race.example/story/" + token, "Raced body " + token);
        input.put("outlet", TestData.unique("Race Wire"));
        String bearer = Tokens.editor();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CALLERS; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return GraphQLClient.response(IngestArticleTest.INGEST, vars("input", input), bearer);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all callers are ready");
            start.countDown();
            List<JsonPath> results = new ArrayList<>();
            for (Future<JsonPath> answer : answers) {
                results.add(answer.get(120, TimeUnit.SECONDS));
            }
            for (JsonPath r : results) {
                assertNull(r.get("errors"), "no caller gets a top-level error: " + r.prettify());
                assertEquals(List.of(), r.getList("data.ingestArticle.userErrors"), "no caller gets a user error: " + r.prettify());
            }
            Set<String> ids = results.stream().map(r -> r.getString("data.ingestArticle.article.id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every caller gets the same article: " + ids);
            long created = results.stream().filter(r -> r.getBoolean("data.ingestArticle.created")).count();
            assertEquals(1, created, "exactly one caller created the article, the others got it back");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rows.count("select count(*) from article where canonical_url like ?", "%" + token + "%"),
                "exactly one article row for the URL");
        assertEquals(1, rows.count("select count(*) from revision where entity_type = 'Article' and detail like ?",
                "%" + token + "%"), "one CREATED revision for the one article");
    }
}
