package io.stancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Assertions on a mutation payload's userErrors. */
public final class UserErrorAssert {

    private UserErrorAssert() {
    }

    /** The payload at {@code payload} (e.g. "createTopic") has no user errors. */
    public static void assertNoUserErrors(JsonPath data, String payload) {
        List<Map<String, Object>> errors = data.getList(payload + ".userErrors");
        assertTrue(errors != null && errors.isEmpty(), () -> payload + " should succeed, got user errors " + errors);
    }

    /**
     * The payload holds a user error with this code at this field path (below "input"), with a message for people.
     * Returns the error.
     */
    public static Map<String, Object> assertUserError(JsonPath data, String payload, String code, String... field) {
        List<Map<String, Object>> errors = data.getList(payload + ".userErrors");
        assertFalse(errors == null || errors.isEmpty(), () -> payload + " should report " + code + " at "
                + Arrays.toString(field) + ", got no user errors: " + data.prettify());
        List<String> path = new java.util.ArrayList<>(List.of("input"));
        path.addAll(List.of(field));
        Map<String, Object> match = errors.stream().filter(e -> code.equals(e.get("code")) && path.equals(e.get("field")))
                .findFirst().orElseThrow(() -> new AssertionError(payload + " should report " + code + " at " + path
                        + ", got " + errors));
        String message = (String) match.get("message");
        assertTrue(message != null && !message.isBlank(), "a user error carries a message a person understands");
        return match;
    }

    /** Exactly one user error, with this code and field. */
    public static void assertOnlyUserError(JsonPath data, String payload, String code, String... field) {
        assertUserError(data, payload, code, field);
        assertEquals(1, data.getList(payload + ".userErrors").size(),
                () -> payload + " should report just one mistake: " + data.getList(payload + ".userErrors"));
    }
}
