package io.stancegraph.statement;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Page;
import io.stancegraph.common.PageInfo;

@Type("StatementConnection")
@Description("A page of Statement rows (Relay connection).")
public class StatementConnection {

    private final Page<Statement> page;

    public StatementConnection(Page<Statement> page) {
        this.page = page;
    }

    @NonNull
    @Description("The rows of this page, each with its cursor.")
    public List<@NonNull StatementEdge> getEdges() {
        return IntStream.range(0, page.items().size())
                .mapToObj(i -> new StatementEdge(page.cursor(i), page.items().get(i))).toList();
    }

    @NonNull
    @Description("The rows of this page, without cursors.")
    public List<@NonNull Statement> getNodes() {
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
