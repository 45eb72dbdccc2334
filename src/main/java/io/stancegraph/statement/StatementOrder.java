package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a statement list. Dates are the statement's own, else its article's; undated statements come last; statements of the same day keep the order they were recorded in (text order for an article).")
public enum StatementOrder {
    @Description("Latest date first.")
    NEWEST_FIRST,
    @Description("Earliest date first.")
    OLDEST_FIRST,
    @Description("Best full-text match first (with filter.search; without it, the same as NEWEST_FIRST).")
    RELEVANCE
}
