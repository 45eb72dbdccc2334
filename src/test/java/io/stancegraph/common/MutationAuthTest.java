package io.stancegraph.common;

import static io.stancegraph.common.GraphQLClient.assertNoInternals;
import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.post;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Mutations need a valid editor token; without one the field is null and a top-level error says why. */
@QuarkusTest
class MutationAuthTest {

    private static final String CREATE_TOPIC = """
            mutation($input: CreateTopicInput!) {
              createTopic(input: $input) { topic { id slug } userErrors { code field message } }
            }""";
    private static final String[] TABLES = {"article", "outlet", "actor", "actor_alias", "affiliation", "topic",
        "statement", "stance", "statement_mention", "revision"};

    @Inject
    RowCounts rows;

    private static Map<String, Object> newTopic() {
        String slug = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        return vars("input", Map.of("slug", slug, "name", "Auth " + slug));
    }

    /** Posts the mutation, checks the refusal (HTTP 200, null field, one coded error) and that nothing was written. */
    private void assertRefused(Supplier<Response> request, Map<String, Object> variables, String expectedCode) {
        Map<String, Long> before = rows.of(TABLES);
        String body = request.get().then().statusCode(200).extract().asString();
        assertNoInternals(body);
        JsonPath json = new JsonPath(body);
        assertTrue(json.getMap("data").containsKey("createTopic"), "data still holds the mutation field: " + body);
        assertNull(json.get("data.createTopic"), "the refused mutation's field is null: " + body);
        List<Map<String, Object>> errors = json.getList("errors");
        assertNotNull(errors, "a refused mutation carries a top-level error: " + body);
        assertEquals(expectedCode, code(errors.get(0)), "extensions.code of the refusal: " + body);
        assertEquals(List.of("createTopic"), errors.get(0).get("path"), "the error points at the mutation field");
        assertEquals(before, rows.of(TABLES), "a refused mutation writes nothing");
        @SuppressWarnings("unchecked")
        String slug = (String) ((Map<String, Object>) variables.get("input")).get("slug");
        assertEquals(0, rows.count("select count(*) from topic where slug = ?", slug), "the topic was not created");
    }

    @Test
    void withoutATokenAMutationIsUnauthorized() {
        Map<String, Object> v = newTopic();
        assertRefused(() -> post(CREATE_TOPIC, v), v, "UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0} token")
    @ValueSource(strings = {"garbage", "expired", "wrong-signature", "wrong-issuer", "unsigned"})
    void aBadTokenIsUnauthorized(String kind) {
        String token = switch (kind) {
            case "garbage" -> Tokens.garbage();
            case "expired" -> Tokens.expired();
            case "wrong-signature" -> Tokens.wrongSignature();
            case "wrong-issuer" -> Tokens.wrongIssuer();
            case "unsigned" -> Tokens.unsigned();
            default -> throw new IllegalArgumentException(kind);
        };
        Map<String, Object> v = newTopic();
        assertRefused(() -> post(CREATE_TOPIC, v, token), v, "UNAUTHORIZED");
    }

    @Test
    void aValidTokenWithoutTheEditorGroupIsForbidden() {
        Map<String, Object> v = newTopic();
        assertRefused(() -> post(CREATE_TOPIC, v, Tokens.reader()), v, "FORBIDDEN");
    }

    @Test
    void anEditorTokenIsAccepted() {
        Map<String, Object> v = newTopic();
        JsonPath d = GraphQLClient.dataAs(CREATE_TOPIC, v, Tokens.editor());
        assertNotNull(d.get("createTopic.topic.id"), "the control case: the same mutation with an editor token works");
    }

    @Test
    void everyMutationNeedsAToken() {
        String id = TestData.id("Statement", 1);
        Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
        inputs.put("ingestArticle", Map.of("url", "https://x.example/a", "title", "t", "body", "b"));
        inputs.put("createActor", Map.of("name", "n", "kind", "PERSON"));
        inputs.put("updateActor", Map.of("actorId", id, "name", "n"));
        inputs.put("addAlias", Map.of("actorId", id, "alias", "a"));
        inputs.put("removeAlias", Map.of("actorId", id, "alias", "a"));
        inputs.put("addAffiliation", Map.of("memberId", id, "organizationId", id));
        inputs.put("mergeActors", Map.of("intoId", id, "fromId", id));
        inputs.put("createTopic", Map.of("slug", "x", "name", "x"));
        inputs.put("updateTopic", Map.of("topicId", id, "name", "x"));
        inputs.put("recordStatement", Map.of("articleId", id, "kind", "DIRECT", "text", "x"));
        inputs.put("updateStatement", Map.of("statementId", id, "cue", "x"));
        inputs.put("setStance", Map.of("statementId", id, "topicId", id, "label", "SUPPORT"));
        inputs.put("removeStance", Map.of("statementId", id, "topicId", id));
        inputs.put("retractStatement", Map.of("statementId", id, "reason", "x"));
        Map<String, String> inputTypes = Map.of("addAlias", "AliasInput", "removeAlias", "AliasInput");
        inputs.forEach((field, input) -> {
            String type = inputTypes.getOrDefault(field,
                    Character.toUpperCase(field.charAt(0)) + field.substring(1) + "Input");
            String document = """
                    mutation($input: %s!) { %s(input: $input) { __typename } }""".formatted(type, field);
            String body = post(document, vars("input", input)).then().statusCode(200).extract().asString();
            assertNoInternals(body);
            JsonPath json = new JsonPath(body);
            assertNull(json.get("data." + field), field + " without a token is null: " + body);
            List<Map<String, Object>> errors = json.getList("errors");
            assertNotNull(errors, field + " without a token has a top-level error: " + body);
            assertEquals("UNAUTHORIZED", code(errors.get(0)), field + " without a token: " + body);
        });
    }

    @Test
    void topLevelErrorsNeverSayException() {
        Map<String, Object> v = newTopic();
        for (Response response : List.of(post(CREATE_TOPIC, v), post(CREATE_TOPIC, v, Tokens.reader()))) {
            String body = response.then().statusCode(200).extract().asString();
            assertFalse(body.contains("Exception"), "no response body ever contains 'Exception' (extensions.classification"
                    + " should be a neutral word, e.g. DataFetchingError): " + body);
        }
    }

    @Test
    void aReadWithAGarbageTokenStillWorks() {
        String body = post("""
                query($first: Int) { topics(first: $first) { totalCount nodes { slug } } }""", vars("first", 1),
                Tokens.garbage()).then().statusCode(200).extract().asString();
        assertNoInternals(body);
        JsonPath json = new JsonPath(body);
        assertNull(json.get("errors"), "reads never look at the token: " + body);
        assertTrue(json.getInt("data.topics.totalCount") >= 0, "the read is answered: " + body);
    }
}
