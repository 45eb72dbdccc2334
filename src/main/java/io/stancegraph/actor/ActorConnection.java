package io.stancegraph.actor;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Page;
import io.stancegraph.common.PageInfo;

@Type("ActorConnection")
@Description("A page of Actor rows (Relay connection).")
public class ActorConnection {

    private final Page<Actor> page;

    public ActorConnection(Page<Actor> page) {
        this.page = page;
    }

    @NonNull
    @Description("The rows of this page, each with its cursor.")
    public List<@NonNull ActorEdge> getEdges() {
        return IntStream.range(0, page.items().size())
                .mapToObj(i -> new ActorEdge(page.cursor(i), page.items().get(i))).toList();
    }

    @NonNull
    @Description("The rows of this page, without cursors.")
    public List<@NonNull Actor> getNodes() {
        return page.items();
    }

    @NonNull
    @Description("Where this page sits in the connection.")
    public PageInfo getPageInfo() {
        return page.pageInfo();
    }

    @Description("Exact number of rows in the whole connection, over all pages.")
    public int getTotalCount() {
        return page.totalCount();
    }
}
