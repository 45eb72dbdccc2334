package io.stancegraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OutletEdge")
@Description("A Outlet with its cursor.")
public class OutletEdge {

    private final String cursor;
    private final Outlet node;

    OutletEdge(String cursor, Outlet node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Pass as after to continue after this row.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The row.")
    public Outlet getNode() {
        return node;
    }
}
