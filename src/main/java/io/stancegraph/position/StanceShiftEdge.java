package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StanceShiftEdge")
@Description("A StanceShift with its cursor.")
public class StanceShiftEdge {

    private final String cursor;
    private final StanceShift node;

    StanceShiftEdge(String cursor, StanceShift node) {
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
    public StanceShift getNode() {
        return node;
    }
}
