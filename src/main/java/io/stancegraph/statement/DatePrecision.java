package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How exact a date is: 2019-05-01 with MONTH means 'May 2019'.")
public enum DatePrecision {
    @Description("The day is known.")
    DAY,
    @Description("Only the month is known; the date is the month's first day.")
    MONTH,
    @Description("Only the year is known; the date is January 1st.")
    YEAR
}
