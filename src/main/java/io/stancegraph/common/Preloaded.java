package io.stancegraph.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view whose batched fields may already have been read by the resolver that read the view, because its client
 * selected them (see {@link Lookahead}). Such a field answers from here, with no data-loader round of its own; a field
 * nobody preloaded is batched as usual. The value must be exactly what the field's batch would answer, and only fields
 * without arguments are preloaded, so one value stands for every use of the field.
 */
public abstract class Preloaded {

    /** What {@link #preloaded} answers for a field that was not read with the view. */
    static final Object ABSENT = new Object();

    private Map<String, Object> values;

    /** Records the value of a batched field (null included) as its batch would have answered it. */
    public final synchronized void preload(String field, Object value) {
        if (values == null) {
            values = new HashMap<>(4);
        }
        values.put(field, value);
    }

    /** Preloads the field on each row with the value at the same place in {@code values}, as its batch answers. */
    public static void preloadEach(List<? extends Preloaded> rows, String field, List<?> values) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).preload(field, values.get(i));
        }
    }

    final synchronized Object preloaded(String field) {
        return values == null || !values.containsKey(field) ? ABSENT : values.get(field);
    }
}
