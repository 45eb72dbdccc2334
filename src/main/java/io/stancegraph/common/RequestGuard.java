package io.stancegraph.common;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Rejects malformed GraphQL HTTP requests (not JSON, variables that are not an object, no query) with a GraphQL
 * error body and HTTP 400 before they reach the executor, which would answer them with a 500; and documents that
 * do not parse with HTTP 200 and a VALIDATION error (SmallRye answers those itself, without a code).
 */
@ApplicationScoped
public class RequestGuard {

    private static final long MAX_BODY_BYTES = 1024 * 1024;
    private final ObjectMapper json = new ObjectMapper();

    void install(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES));
        router.post("/graphql").order(-99).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && !contentType.toLowerCase().startsWith("application/json")) {
            ctx.next();
            return;
        }
        String problem = problem(ctx.body().asString());
        if (problem == null) {
            ctx.next();
            return;
        }
        try {
            ctx.response().setStatusCode(problem.startsWith(SYNTAX) ? 200 : 400).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(Map.of("errors", new Object[] {
                        Map.of("message", problem, "extensions", Map.of("code", "VALIDATION")) })));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** Marks a problem that is a GraphQL error (HTTP 200) rather than a malformed HTTP request (400). */
    private static final String SYNTAX = "Syntax error: ";

    private String problem(String body) {
        if (body == null || body.isBlank()) {
            return "The request body is empty: send {\"query\": \"...\", \"variables\": {...}}";
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return "The request body is not valid JSON";
        }
        if (root.isArray()) {
            for (JsonNode op : root) {
                String p = operationProblem(op);
                if (p != null) {
                    return p;
                }
            }
            return root.isEmpty() ? "The request batch is empty" : null;
        }
        return operationProblem(root);
    }

    /**
     * Documents that parsed before: dashboards send the same few documents all day, and parsing each again costs
     * more than executing a small query. Bounded; cleared when full.
     */
    private static final int MAX_KNOWN = 2000;
    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    private String operationProblem(JsonNode op) {
        if (!op.isObject()) {
            return "The request must be a JSON object with a query";
        }
        JsonNode query = op.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return "The request has no query: send {\"query\": \"...\"}";
        }
        JsonNode variables = op.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return "variables must be a JSON object (or null)";
        }
        String document = query.asText();
        if (!parsed.contains(document)) {
            try {
                Parser.parse(document);
            } catch (InvalidSyntaxException e) {
                return SYNTAX + e.getMessage();
            }
            if (parsed.size() >= MAX_KNOWN) {
                parsed.clear();
            }
            parsed.add(document);
        }
        JsonNode name = op.get("operationName");
        if (name != null && !name.isNull() && !name.isTextual()) {
            return "operationName must be a string (or null)";
        }
        return null;
    }
}
