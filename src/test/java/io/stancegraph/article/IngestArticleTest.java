package io.stancegraph.article;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;
import static io.stancegraph.common.UserErrorAssert.assertNoUserErrors;
import static io.stancegraph.common.UserErrorAssert.assertOnlyUserError;
import static io.stancegraph.common.UserErrorAssert.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.GraphQLClient;
import io.stancegraph.common.RowCounts;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** ingestArticle: stores once per canonical URL, body byte-exact, outlets by name; refuses bad input whole. */
@QuarkusTest
class IngestArticleTest {

    static final String INGEST = """
            mutation($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created
                article { id url title outlet { id name } authors publishedOn language body }
                extracted { id }
                userErrors { code field message }
              }
            }""";
    private static final String[] TABLES = {"article", "outlet", "revision"};

    @Inject
    RowCounts rows;

    static Map<String, Object> article(String url, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("title", TestData.unique("Title"));
        input.put("body", body);
        return input;
    }

    static JsonPath ingest(Map<String, Object> input) {
        return dataAs(INGEST, vars("input", input), Tokens.editor());
    }

    @Test
    void storesTheArticleWithItsOutletAuthorsAndExactBody() {
        String outlet = TestData.unique("Daily Ingest");
        String body = "Premi\u00e8re ligne \u2014 \u201cquoted\u201d \u4e16\u754c \ud83d\ude00\r\nSecond line\twith tab\r\n\r\n  trailing  ";
        Map<String, Object> input = article("https://ingest.example/news/" + UUID.randomUUID(), body);
        input.put("outlet", outlet);
        input.put("authors", List.of("Ann Author", "Bo Writer"));
        input.put("publishedOn", "2021-04-05");
        input.put("language", "pt-BR");
        long outlets = rows.count("select count(*) from outlet");

        JsonPath d = ingest(input);
        assertNoUserErrors(d, "ingestArticle");
        assertTrue(d.getBoolean("ingestArticle.created"), "a new URL is stored: created true");
        assertEquals(List.of(), d.getList("ingestArticle.extracted"), "no extraction unless asked");
        assertEquals(input.get("url"), d.getString("ingestArticle.article.url"));
        assertEquals(input.get("title"), d.getString("ingestArticle.article.title"));
        assertEquals(outlet, d.getString("ingestArticle.article.outlet.name"), "the missing outlet is created");
        assertEquals(List.of("Ann Author", "Bo Writer"), d.getList("ingestArticle.article.authors"));
        assertEquals("2021-04-05", d.getString("ingestArticle.article.publishedOn"));
        assertEquals("pt-BR", d.getString("ingestArticle.article.language"));
        assertEquals(body, d.getString("ingestArticle.article.body"), "the body comes back exactly as ingested");
        assertEquals(outlets + 1, rows.count("select count(*) from outlet"), "one outlet row was added");

        long key = RowCounts.key(d.getString("ingestArticle.article.id"));
        assertEquals(body, rows.text("select body from article where id = ?", key),
                "the stored body is byte-exact: unicode, \\r\\n, tabs and surrounding spaces kept");
        JsonPath read = data("query($id: ID) { article(id: $id) { body } }", vars("id", d.getString("ingestArticle.article.id")));
        assertEquals(body, read.getString("article.body"), "article(id:) reads the same exact body");

        Map<String, Object> second = article("https://ingest.example/news/" + UUID.randomUUID(), "Another body.");
        second.put("outlet", "  " + outlet.toUpperCase() + " ");
        JsonPath again = ingest(second);
        assertNoUserErrors(again, "ingestArticle");
        assertEquals(d.getString("ingestArticle.article.outlet.id"), again.getString("ingestArticle.article.outlet.id"),
                "an outlet of the same name, ignoring case, is reused");
        assertEquals(outlets + 1, rows.count("select count(*) from outlet"), "no second outlet row for the same name");
    }

    @Test
    void theSameUrlAgainReturnsTheStoredArticle() {
        String token = UUID.randomUUID().toString();
        String url = "https://ingest.example/world/" + token + "?id=7";
        JsonPath first = ingest(article(url, "Same body."));
        assertTrue(first.getBoolean("ingestArticle.created"), "the first ingest stores the article");
        String id = first.getString("ingestArticle.article.id");
        long revisions = rows.count("select count(*) from revision");

        for (String variant : List.of(
                "HTTPS://INGEST.EXAMPLE/world/" + token + "?id=7",
                "https://ingest.example/world/" + token + "/?id=7",
                "https://ingest.example/world/" + token + "?id=7#comments",
                "https://ingest.example/world/" + token + "?utm_source=feed&id=7&utm_medium=rss",
                "  https://Ingest.Example/world/" + token + "/?id=7&utm_campaign=x#top ")) {
            JsonPath d = ingest(article(variant, "Same body."));
            assertNoUserErrors(d, "ingestArticle");
            assertFalse(d.getBoolean("ingestArticle.created"), "'" + variant + "' is the stored article: created false");
            assertEquals(id, d.getString("ingestArticle.article.id"), "'" + variant + "' returns the stored article's ID");
        }
        assertEquals(1, rows.count("select count(*) from article where canonical_url like ?", "%" + token + "%"),
                "one row for all the spellings of the URL");
        assertEquals(revisions, rows.count("select count(*) from revision"), "returning a stored article writes nothing");
    }

    @Test
    void aDifferentBodyForAStoredUrlIsAConflict() {
        String url = "https://ingest.example/conflict/" + UUID.randomUUID();
        Map<String, Object> original = article(url, "The original body.");
        original.put("outlet", TestData.unique("Conflict Times"));
        String id = ingest(original).getString("ingestArticle.article.id");
        Map<String, Long> before = rows.of(TABLES);

        Map<String, Object> changed = article(url + "/", "A rewritten body.");
        changed.put("outlet", TestData.unique("Another Outlet"));
        JsonPath d = ingest(changed);
        assertOnlyUserError(d, "ingestArticle", "CONFLICT", "body");
        assertFalse(d.getBoolean("ingestArticle.created"), "nothing was created");
        assertEquals(id, d.getString("ingestArticle.article.id"), "the stored article is returned with the conflict");
        assertEquals("The original body.", d.getString("ingestArticle.article.body"), "the stored body is unchanged");
        assertEquals(original.get("title"), d.getString("ingestArticle.article.title"), "the stored title is unchanged");
        assertEquals(before, rows.of(TABLES), "a conflict writes nothing, not even the new outlet");
    }

    @Test
    void invalidInputIsRefusedWithFieldPathsAndNothingIsWritten() {
        Map<String, Map<String, Object>> cases = Map.of(
                "title", with("title", "   "),
                "url", with("url", "ftp://ingest.example/file"),
                "body", with("body", " \r\n\t "),
                "language", with("language", "English"));
        cases.forEach((field, input) -> {
            Map<String, Long> before = rows.of(TABLES);
            JsonPath d = ingest(input);
            assertOnlyUserError(d, "ingestArticle", "VALIDATION", field);
            assertNull(d.get("ingestArticle.article"), "no article when " + field + " is invalid");
            assertFalse(d.getBoolean("ingestArticle.created"), "created is false when " + field + " is invalid");
            assertEquals(before, rows.of(TABLES), "nothing is written when " + field + " is invalid (not even the outlet)");
        });

        Map<String, Object> all = with("title", "");
        all.put("url", "not a url");
        all.put("body", "");
        all.put("language", "x");
        JsonPath d = ingest(all);
        for (String field : List.of("title", "url", "body", "language")) {
            assertUserError(d, "ingestArticle", "VALIDATION", field);
        }
        assertEquals(4, d.getList("ingestArticle.userErrors").size(), "every mistake is reported at once");
    }

    @Test
    void textPostgresCannotStoreIsAUserErrorNotAServerError() {
        for (String field : List.of("body", "title", "outlet")) {
            Map<String, Object> input = with(field, "null \u0000 character");
            Map<String, Long> before = rows.of(TABLES);
            JsonPath json = GraphQLClient.response(INGEST, vars("input", input), Tokens.editor());
            assertNull(json.get("errors"), "a NUL character in " + field + " is the client's mistake: a VALIDATION user"
                    + " error at [input, " + field + "], not an INTERNAL error: " + json.prettify());
            assertUserError(json.setRootPath("data"), "ingestArticle", "VALIDATION", field);
            assertEquals(before, rows.of(TABLES), "nothing written for a NUL character in " + field);
        }
    }

    private static Map<String, Object> with(String field, String value) {
        Map<String, Object> input = article("https://ingest.example/invalid/" + UUID.randomUUID(), "A fine body.");
        input.put("outlet", TestData.unique("Invalid Gazette"));
        input.put(field, value);
        return input;
    }
}
