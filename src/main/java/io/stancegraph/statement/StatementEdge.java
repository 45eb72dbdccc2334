package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatementEdge")
@Description("A Statement with its cursor.")
public class StatementEdge {

    private final String cursor;
    private final Statement node;

    StatementEdge(String cursor, Statement node) {
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
    public Statement getNode() {
        return node;
    }
}
