package io.stancegraph.common;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;

/**
 * What a client selected below the field being resolved, read before its rows are fetched, so a resolver can read
 * what will be asked for with them instead of leaving it to one data-loader round per field (see {@link Preloaded}).
 * Field names, not aliases; anything it cannot tell reads as not selected, which only costs the usual batch.
 */
public final class Lookahead {

    private static final Lookahead NONE = new Lookahead(null, false);

    private final DataFetchingFieldSelectionSet selection;
    private final boolean connection;

    private Lookahead(DataFetchingFieldSelectionSet selection, boolean connection) {
        this.selection = selection;
        this.connection = connection;
    }

    /** The selection of a field that returns rows directly (a list, or one object). */
    public static Lookahead of(Context context) {
        return of(context, false);
    }

    /** The selection of a connection field: paths are read under its {@code nodes} and {@code edges.node}. */
    public static Lookahead ofConnection(Context context) {
        return of(context, true);
    }

    private static Lookahead of(Context context, boolean connection) {
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return env == null ? NONE : new Lookahead(env.getSelectionSet(), connection);
    }

    /** Whether each row selects this path, like "article/outlet". */
    public boolean has(String path) {
        if (selection == null) {
            return false;
        }
        return connection ? selection.containsAnyOf("nodes/" + path, "edges/node/" + path) : selection.contains(path);
    }
}
