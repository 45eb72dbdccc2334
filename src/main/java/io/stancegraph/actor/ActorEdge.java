package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ActorEdge")
@Description("A Actor with its cursor.")
public class ActorEdge {

    private final String cursor;
    private final Actor node;

    ActorEdge(String cursor, Actor node) {
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
    public Actor getNode() {
        return node;
    }
}
