package io.stancegraph.topic;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Page;
import io.stancegraph.common.PageInfo;

@Type("TopicConnection")
@Description("A page of Topic rows (Relay connection).")
public class TopicConnection {

    private final Page<Topic> page;

    public TopicConnection(Page<Topic> page) {
        this.page = page;
    }

    @NonNull
    @Description("The rows of this page, each with its cursor.")
    public List<@NonNull TopicEdge> getEdges() {
        return IntStream.range(0, page.items().size())
                .mapToObj(i -> new TopicEdge(page.cursor(i), page.items().get(i))).toList();
    }

    @NonNull
    @Description("The rows of this page, without cursors.")
    public List<@NonNull Topic> getNodes() {
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
