package io.stancegraph.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts GraphQL documents with variables the way a client does, over HTTP. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** Variables as alternating names and values: {@code vars("first", 5, "after", cursor)}. */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return vars;
    }

    public static Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql");
    }

    /** The response's data, failing the test when the response carries errors. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables).then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> "unexpected errors: " + json.prettify());
        return json.setRootPath("data");
    }

    /** Like {@link #data(String, Map)}, saying what the request should have done when it carries errors. */
    public static JsonPath data(String query, Map<String, Object> variables, String expectation) {
        JsonPath json = post(query, variables).then().statusCode(200).extract().jsonPath();
        assertNull(json.get("errors"), () -> expectation + "; unexpected errors: " + json.prettify());
        return json.setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The response's errors, which must not be empty. */
    public static List<Map<String, Object>> errors(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("expected errors, got: " + json.prettify());
        }
        return errors;
    }

    @SuppressWarnings("unchecked")
    public static String code(Map<String, Object> error) {
        return (String) ((Map<String, Object>) error.get("extensions")).get("code");
    }

    /** Posts with an {@code Authorization: Bearer} header, as an editor's client does for mutations. */
    public static Response post(String query, Map<String, Object> variables, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token).body(body)
                .when().post("/graphql");
    }

    /**
     * The whole response to a request posted with the token: HTTP 200 and no internals leaked (exception names,
     * packages, stack frames, SQL), whatever the outcome.
     */
    public static JsonPath response(String query, Map<String, Object> variables, String token) {
        String body = post(query, variables, token).then().statusCode(200).extract().asString();
        assertNoInternals(body);
        return new JsonPath(body);
    }

    /** The data of a request posted with the token, failing the test on top-level errors or leaked internals. */
    public static JsonPath dataAs(String query, Map<String, Object> variables, String token) {
        JsonPath json = response(query, variables, token);
        assertNull(json.get("errors"), () -> "unexpected errors: " + json.prettify());
        return json.setRootPath("data");
    }

    /** What a client sees must never show how the service is built. */
    public static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "io.stancegraph", "at java.", "SQL", "duplicate key", "ERROR:")) {
            assertFalse(body.contains(leak), () -> "the response shows internals ('" + leak + "'): " + body);
        }
    }
}
