package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TopicEdge")
@Description("A Topic with its cursor.")
public class TopicEdge {

    private final String cursor;
    private final Topic node;

    TopicEdge(String cursor, Topic node) {
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
    public Topic getNode() {
        return node;
    }
}
