package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.statement.StanceLabel;

@Type("StanceCount")
@Description("How many actors hold a label, and how many statements carry it, for one topic and period.")
public class StanceCount {

    private final StanceLabel label;
    private final int actorCount;
    private final int statementCount;

    public StanceCount(StanceLabel label, int actorCount, int statementCount) {
        this.label = label;
        this.actorCount = actorCount;
        this.statementCount = statementCount;
    }

    @NonNull
    @Description("The label counted.")
    public StanceLabel getLabel() {
        return label;
    }

    @Description("Actors whose position, as of the period's end, has this label.")
    public int getActorCount() {
        return actorCount;
    }

    @Description("Statements in the period with this label.")
    public int getStatementCount() {
        return statementCount;
    }
}
