package io.stancegraph.article;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** article(url:) in canonical form, and articles(search, outletIds, from, to). */
@QuarkusTest
class ArticleLookupTest {

    private static final String BY_URL = """
            query($url: String) { article(url: $url) { id title url } }""";

    private static final String LIST = """
            query($search: String, $outletIds: [ID!], $from: Date, $to: Date) {
              articles(search: $search, outletIds: $outletIds, from: $from, to: $to, first: 100) {
                totalCount nodes { id title publishedOn outlet { name } }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void urlMatchesInCanonicalForm() {
        String path = "/world/" + UUID.randomUUID() + "/huawei-ruling";
        String url = "https://news.example" + path;
        long article = data.article().url(url).create();
        String id = TestData.id("Article", article);
        for (String variant : List.of(url, "HTTPS://News.Example" + path, url + "/", url + "#comments",
                url + "?utm_source=twitter", url + "?utm_source=twitter&utm_medium=social", "https://NEWS.example" + path + "/#top")) {
            assertEquals(id, data(BY_URL, vars("url", variant)).getString("article.id"),
                    "'" + variant + "' is the same article as " + url);
        }
        assertEquals(url, data(BY_URL, vars("url", url + "/")).getString("article.url"), "url keeps what was stored");
    }

    @Test
    void urlKeepsTheQueryParametersThatMatter() {
        String base = "https://news.example/story/" + UUID.randomUUID();
        long page2 = data.article().url(base + "?page=2").create();
        assertEquals(TestData.id("Article", page2),
                data(BY_URL, vars("url", base + "?page=2&utm_campaign=x")).getString("article.id"),
                "only the tracking parameter is dropped");
        assertNull(data(BY_URL, vars("url", base)).get("article"), "without ?page=2 it is another page: null, no error");
    }

    @Test
    void unknownUrlIsNullAndTwoArgumentsAreAnError() {
        assertNull(data(BY_URL, vars("url", "https://nowhere.example/" + UUID.randomUUID())).get("article"),
                "an unknown URL gives null, not an error");
        long article = data.article().create();
        List<Map<String, Object>> errors = errors("""
                query($id: ID, $url: String) { article(id: $id, url: $url) { id } }""",
                vars("id", TestData.id("Article", article), "url", "https://news.example/x"));
        assertEquals("VALIDATION", code(errors.get(0)), "article(id:, url:) takes exactly one: " + errors);
    }

    @Test
    void searchIsFullTextOverTitleAndBody() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        long inTitle = data.article().title("Operators " + token + " ruling").body("Nothing to see.").create();
        long inBody = data.article().title(TestData.unique("Plain title"))
                .body("Regulators warned " + token + " about the operators.").create();
        assertIds(List.of(inTitle, inBody), LIST, vars("search", token), "the word in a title or a body", false);
        assertIds(List.of(inBody), LIST, vars("search", token + " warning"), "stemming: 'warning' finds 'warned'", false);
        assertEquals(List.of(TestData.id("Article", inTitle), TestData.id("Article", inBody)),
                data(LIST, vars("search", token + " operators")).getList("articles.nodes.id"),
                "best match first: a title match weighs more than a body match");
    }

    @Test
    void outletIdsListTheOutletsArticlesNewestFirst() {
        long outlet = data.outlet(TestData.unique("Outlet"));
        long other = data.outlet(TestData.unique("Outlet"));
        long jan = data.article().outlet(outlet).publishedOn(LocalDate.of(2020, 1, 1)).create();
        long mar = data.article().outlet(outlet).publishedOn(LocalDate.of(2020, 3, 1)).create();
        long feb = data.article().outlet(other).publishedOn(LocalDate.of(2020, 2, 1)).create();
        String o = TestData.id("Outlet", outlet);
        assertIds(List.of(mar, jan), LIST, vars("outletIds", List.of(o)), "the outlet's articles, newest first", true);
        assertIds(List.of(mar, feb, jan), LIST, vars("outletIds", List.of(o, TestData.id("Outlet", other))),
                "articles of either outlet, newest first", true);
    }

    @Test
    void anIdOfAnotherTypeInOutletIdsIsAValidationError() {
        List<Map<String, Object>> errors = errors(LIST, vars("outletIds", List.of(TestData.id("Actor", 1))));
        assertEquals("VALIDATION", code(errors.get(0)), "an Actor ID in outletIds is a client error: " + errors);
    }

    @Test
    void fromAndToBoundPublishedOnInclusively() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        long jan = data.article().body("Dated " + token).publishedOn(LocalDate.of(2020, 1, 1)).create();
        long feb = data.article().body("Dated " + token).publishedOn(LocalDate.of(2020, 2, 1)).create();
        long mar = data.article().body("Dated " + token).publishedOn(LocalDate.of(2020, 3, 1)).create();
        data.article().body("Undated " + token).publishedOn(null).create();
        assertIds(List.of(feb, mar), LIST, vars("search", token, "from", "2020-02-01", "to", "2020-03-01"),
                "from and to are inclusive; an undated article is outside any date range", false);
        assertIds(List.of(jan), LIST, vars("search", token, "to", "2020-01-31"), "to bounds publishedOn", false);
        assertIds(List.of(mar), LIST, vars("search", token, "from", "2020-02-02"), "from bounds publishedOn", false);
        List<Map<String, Object>> errors = errors(LIST, vars("from", "2020-03-01", "to", "2020-02-01"));
        assertEquals("VALIDATION", code(errors.get(0)), "from after to is a client error: " + errors);
    }

    private static void assertIds(List<Long> keys, String query, Map<String, Object> variables, String why, boolean ordered) {
        JsonPath d = data(query, variables, why + " (" + variables + ")");
        List<String> expected = keys.stream().map(k -> TestData.id("Article", k)).toList();
        List<String> actual = d.getList("articles.nodes.id");
        if (ordered) {
            assertEquals(expected, actual, why + " (" + variables + ")");
        } else {
            assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), why + " (" + variables + ")");
        }
        assertEquals(keys.size(), d.getInt("articles.totalCount"), "totalCount: " + why);
    }
}
