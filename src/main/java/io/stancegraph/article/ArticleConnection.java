package io.stancegraph.article;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Page;
import io.stancegraph.common.PageInfo;

@Type("ArticleConnection")
@Description("A page of Article rows (Relay connection).")
public class ArticleConnection {

    private final Page<Article> page;

    public ArticleConnection(Page<Article> page) {
        this.page = page;
    }

    @NonNull
    @Description("The rows of this page, each with its cursor.")
    public List<@NonNull ArticleEdge> getEdges() {
        return IntStream.range(0, page.items().size())
                .mapToObj(i -> new ArticleEdge(page.cursor(i), page.items().get(i))).toList();
    }

    @NonNull
    @Description("The rows of this page, without cursors.")
    public List<@NonNull Article> getNodes() {
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
