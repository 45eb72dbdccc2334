package io.stancegraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its connection (Relay cursor spec).")
public class PageInfo {

    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @Description("More rows follow this page: pass endCursor as after to get them.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @Description("Rows come before this page (this page was asked for with after).")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first row of this page; null when the page is empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last row of this page; null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
