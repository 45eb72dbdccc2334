package io.stancegraph.common;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exact totals of many connections fetched together (one per parent), counted by one grouped SQL statement
 * the first time any of them is asked for, and never when none is.
 */
public final class Totals {

    private final Db db;
    private final Sql grouped;
    private Map<Long, Integer> counted;

    /** @param grouped a query answering (parent key, count) rows */
    public Totals(Db db, Sql grouped) {
        this.db = db;
        this.grouped = grouped;
    }

    public synchronized int of(long parent) {
        if (counted == null) {
            counted = db.list(grouped, r -> Map.entry(r.id(1), r.integer(2))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        return counted.getOrDefault(parent, 0);
    }
}
