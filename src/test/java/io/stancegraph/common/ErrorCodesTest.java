package io.stancegraph.common;

import static io.restassured.RestAssured.given;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What a client gets wrong comes back with errors[0].extensions.code VALIDATION: HTTP 400 for a request that is
 * not a GraphQL request at all, HTTP 200 with errors for a document or arguments the schema rejects. No answer
 * names Java classes, packages, stack frames or SQL.
 */
@QuarkusTest
class ErrorCodesTest {

    private static final List<String> LEAKS = List.of("Exception", "io.stancegraph", "at java.", "select ");

    private static Response raw(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql");
    }

    /** Asserts the status and errors[0].extensions.code of a rejected request. */
    private static void assertRejected(Response response, int status, String why) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), why + ": HTTP " + status + ", got " + body);
        JsonPath json = JsonPath.from(body);
        assertEquals("VALIDATION", json.getString("errors[0].extensions.code"), why + ": errors[0].extensions.code is VALIDATION in " + body);
        assertNotNull(json.getString("errors[0].message"), why + ": a message for people");
    }

    @Test
    void malformedJsonIsBadRequest() {
        assertRejected(raw("""
                {"query": "{ outlets { totalCount } }\""""), 400, "a body that is not JSON");
        assertRejected(raw(""), 400, "an empty body");
    }

    @Test
    void variablesAsAStringIsBadRequest() {
        assertRejected(raw("""
                {"query": "query($n: Int) { outlets(first: $n) { totalCount } }", "variables": "{\\"n\\": 1}"}"""),
                400, "variables given as a string instead of an object");
    }

    @Test
    void missingQueryIsBadRequest() {
        assertRejected(raw("""
                {"variables": {"n": 1}}"""), 400, "a request without a query");
        assertRejected(raw("""
                {"query": null}"""), 400, "a request whose query is null");
    }

    @Test
    void syntaxErrorIsAValidationError() {
        assertRejected(GraphQLClient.post("""
                query($n: Int) { outlets(first: $n { totalCount } }""", vars("n", 1)), 200, "a syntax error");
    }

    @Test
    void unknownFieldIsAValidationError() {
        assertRejected(GraphQLClient.post("""
                query($n: Int) { outlets(first: $n) { totalCount bogusField } }""", vars("n", 1)), 200, "an unknown field");
        assertRejected(GraphQLClient.post("""
                query($n: Int) { outlets(first: $n, bogusArgument: 1) { totalCount } }""", vars("n", 1)), 200,
                "an unknown argument");
    }

    @Test
    void wrongArgumentTypeIsAValidationError() {
        String dated = """
                query($from: Date) { statements(filter: { from: $from }, first: 1) { totalCount } }""";
        assertRejected(GraphQLClient.post(dated, vars("from", "2020-13-45")), 200, "a Date variable that is no date");
        assertRejected(GraphQLClient.post(dated, vars("from", 20200101)), 200, "a Date variable that is a number");
        assertRejected(GraphQLClient.post("""
                query($n: String) { outlets(first: $n) { totalCount } }""", vars("n", "five")), 200,
                "a String variable where an Int goes");
        assertRejected(GraphQLClient.post("""
                query($kinds: [ActorKind!]) { actors(kinds: $kinds) { totalCount } }""", vars("kinds", List.of("ALIEN"))),
                200, "an enum value the schema does not have");
    }

    @Test
    void rejectedArgumentValuesAreValidationErrors() {
        assertRejected(GraphQLClient.post("""
                query($n: Int) { statements(first: $n) { totalCount } }""", vars("n", 101)), 200, "first: 101");
        assertRejected(GraphQLClient.post("""
                query($after: String) { statements(first: 5, after: $after) { totalCount } }""", vars("after", "garbage")),
                200, "after: a cursor this service did not issue");
        assertRejected(GraphQLClient.post("""
                query($f: StatementFilter) { statements(filter: $f) { totalCount } }""",
                vars("f", Map.of("from", "2020-02-01", "to", "2020-01-01"))), 200, "from after to");
    }

    @Test
    void noResponseGivesAwayClassesPackagesStackFramesOrSql() {
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("malformed JSON", raw("""
                {"query": \""""));
        responses.put("syntax error", GraphQLClient.post("""
                query($n: Int) { outlets(first: $n { totalCount } }""", vars("n", 1)));
        responses.put("unknown field", GraphQLClient.post("""
                query($n: Int) { outlets(first: $n) { bogusField } }""", vars("n", 1)));
        responses.put("bad Date variable", GraphQLClient.post("""
                query($from: Date) { articles(from: $from) { totalCount } }""", vars("from", "2020-13-45")));
        responses.put("first: 101 (rejected by the service)", GraphQLClient.post("""
                query($n: Int) { statements(first: $n) { totalCount } }""", vars("n", 101)));
        responses.put("wrong-type ID in a filter", GraphQLClient.post("""
                query($f: StatementFilter) { statements(filter: $f) { totalCount } }""",
                vars("f", Map.of("topicIds", List.of(TestData.id("Actor", 1))))));
        responses.put("a database error", GraphQLClient.post("""
                query($after: String) { statements(first: 5, after: $after) { totalCount } }""",
                vars("after", Cursor.encode("0000-01-01", 1))));
        List<String> leaking = new ArrayList<>();
        responses.forEach((what, response) -> {
            String body = response.asString();
            assertTrue(body.contains("errors"), what + ": answered with errors: " + body);
            LEAKS.stream().filter(body::contains).forEach(leak -> leaking.add(what + " contains '" + leak + "': " + body));
        });
        assertEquals(List.of(), leaking, "no response may contain " + LEAKS + ", but:\n" + String.join("\n", leaking));
    }

    @Test
    void aForgedCursorIsAValidationError() {
        String forged = Cursor.encode("0000-01-01", 1);
        assertRejected(GraphQLClient.post("""
                query($after: String) { statements(first: 5, after: $after) { totalCount } }""", vars("after", forged)),
                200, "after: a well-formed cursor with a date PostgreSQL cannot hold (year 0)");
    }
}
