package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a position list; ties go to the actor recorded first.")
public enum PositionOrder {
    @Description("Most recently stated first.")
    LAST_STATED_DESC,
    @Description("Most statements first.")
    STATEMENT_COUNT_DESC
}
