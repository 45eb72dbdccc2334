package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PositionEdge")
@Description("A Position with its cursor.")
public class PositionEdge {

    private final String cursor;
    private final Position node;

    PositionEdge(String cursor, Position node) {
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
    public Position getNode() {
        return node;
    }
}
