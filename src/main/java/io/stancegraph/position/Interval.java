package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;

@Description("Length of a stanceTrend period. Periods start on calendar boundaries (weeks on Monday).")
public enum Interval {
    @Description("One calendar day.")
    DAY,
    @Description("A week from Monday to Sunday.")
    WEEK,
    @Description("A calendar month.")
    MONTH,
    @Description("A calendar year.")
    YEAR
}
