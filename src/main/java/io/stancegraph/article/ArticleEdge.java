package io.stancegraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleEdge")
@Description("A Article with its cursor.")
public class ArticleEdge {

    private final String cursor;
    private final Article node;

    ArticleEdge(String cursor, Article node) {
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
    public Article getNode() {
        return node;
    }
}
