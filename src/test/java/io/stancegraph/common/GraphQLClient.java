package io.stancegraph.common;

import static io.restassured.RestAssured.given;
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
}
