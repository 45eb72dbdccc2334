package io.stancegraph.position;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.statement.StanceLabel;

@Type("StanceBucket")
@Description("One period and label of a stanceTrend.")
public class StanceBucket {

    private final LocalDate periodStart;
    private final StanceLabel label;
    private final int actorCount;
    private final int statementCount;

    public StanceBucket(LocalDate periodStart, StanceLabel label, int actorCount, int statementCount) {
        this.periodStart = periodStart;
        this.label = label;
        this.actorCount = actorCount;
        this.statementCount = statementCount;
    }

    @NonNull
    @Description("First day of the period (calendar boundary; the first period may begin before from).")
    public LocalDate getPeriodStart() {
        return periodStart;
    }

    @NonNull
    @Description("The label counted.")
    public StanceLabel getLabel() {
        return label;
    }

    @Description("Actors whose position at the end of the period has this label.")
    public int getActorCount() {
        return actorCount;
    }

    @Description("Statements in the period with this label.")
    public int getStatementCount() {
        return statementCount;
    }
}
