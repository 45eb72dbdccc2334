package io.stancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;

/** The direct writer prints exactly what SmallRye's JSON-P writer prints, and leaves errors to SmallRye. */
class JsonResponsesTest {

    enum Label {
        SUPPORT
    }

    private static Map<String, Object> everyKindOfValue() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("text", "He said \"no\" — twice\n");
        node.put("count", 42);
        node.put("total", 9_000_000_000L);
        node.put("confidence", 0.8);
        node.put("tiny", 1.0e-7);
        node.put("huge", 1.0e21);
        node.put("ratio", 0.1f);
        node.put("exact", new BigDecimal("12.50"));
        node.put("big", new BigInteger("123456789012345678901234567890"));
        node.put("retracted", false);
        node.put("label", Label.SUPPORT);
        node.put("saidOn", LocalDate.of(2019, 6, 13));
        node.put("at", OffsetDateTime.of(2026, 11, 29, 22, 0, 0, 0, ZoneOffset.UTC));
        node.put("speaker", null);
        node.put("tags", Arrays.asList("a", null, "b"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodes", new ArrayList<>(List.of(node, Map.of("empty", List.of()))));
        return data;
    }

    @Test
    void printsEveryKindOfValueAsSmallRyeDoes() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(everyKindOfValue()).build();
        ExecutionResponse smallRye = new ExecutionResponse(result);
        assertEquals(smallRye.getExecutionResultAsString(), new PrintedResponse(smallRye).getExecutionResultAsString(),
                "same bytes as SmallRye's writer");
    }

    @Test
    void aResponseWithErrorsIsLeftToSmallRye() {
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(Map.of("actor", "x"))
                .addError(GraphqlErrorBuilder.newError().message("bad").build()).build();
        ExecutionResponse response = new ExecutionResponse(result);
        List<ExecutionResponse> written = new ArrayList<>();
        new JsonResponses.Printing(new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse r) {
                written.add(r);
            }
        }).write(response);
        assertSame(response, written.get(0), "SmallRye's own response, so errors keep SmallRye's format");
    }
}
