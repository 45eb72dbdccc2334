package io.stancegraph.common;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.smallrye.graphql.execution.ExecutionResponse;

/** A successful response, {@code {"data": ...}}, printed from graphql-java's maps and lists as SmallRye prints them. */
final class PrintedResponse extends ExecutionResponse {

    private static final JsonFactory JSON = new JsonFactory();
    /** For values of other types, as SmallRye prints them (it falls back to JSON-B too). */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(Boolean.TRUE));
    private static final Field ADDED_EXTENSIONS = PrivateFields.required(ExecutionResponse.class, "addedExtensions");

    private final ExecutionResponse original;

    PrintedResponse(ExecutionResponse original) {
        super(original.getExecutionResult());
        this.original = original;
    }

    @Override
    public String getExecutionResultAsString() {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("data");
            write(g, getExecutionResult().getData());
            g.writeEndObject();
        } catch (IOException | RuntimeException e) {
            // a value JSON-B cannot print either: SmallRye's writer gives its own answer
            return original.getExecutionResultAsString();
        }
        return out.toString();
    }

    /** The value as SmallRye's {@code ExecutionResponse.toJsonValue} prints it, type by type. */
    static void write(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(BigDecimal.valueOf(d));
        } else if (value instanceof Float f) {
            g.writeNumber(new BigDecimal(String.valueOf(f)));
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof LocalDate d) {
            // JSON-B's default for a LocalDate is ISO_LOCAL_DATE, which is what toString prints
            g.writeString(d.toString());
        } else if (value instanceof JsonValue json) {
            g.writeRawValue(json.toString());
        } else {
            g.writeRawValue(JSONB.toJson(value));
        }
    }

    /** SmallRye's response keeps extensions added during execution in a field with no getter. */
    static boolean hasAddedExtensions(ExecutionResponse response) {
        try {
            Object added = ADDED_EXTENSIONS.get(response);
            return added instanceof Map<?, ?> m && !m.isEmpty();
        } catch (IllegalAccessException e) {
            return true;
        }
    }
}
