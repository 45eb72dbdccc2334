package io.stancegraph.position;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Preloaded;
import io.stancegraph.statement.StanceLabel;

@Type("Position")
@Description("An actor's stance on a topic, folded from its statements: the label of its latest dated stance as of a day (ties: higher confidence, then DIRECT over INDIRECT over REPORTED, then later in the text). Retracted and undated statements never count.")
public class Position extends Preloaded {

    private final long actorKey;
    private final long topicKey;
    private final StanceLabel label;
    private final LocalDate since;
    private final LocalDate lastStatedOn;
    private final int statementCount;
    private final LocalDate asOf;
    private final boolean rollUp;

    @SuppressWarnings("java:S107")
    public Position(long actorKey, long topicKey, StanceLabel label, LocalDate since, LocalDate lastStatedOn,
            int statementCount, LocalDate asOf, boolean rollUp) {
        this.actorKey = actorKey;
        this.topicKey = topicKey;
        this.label = label;
        this.since = since;
        this.lastStatedOn = lastStatedOn;
        this.statementCount = statementCount;
        this.asOf = asOf;
        this.rollUp = rollUp;
    }

    public long actorKey() {
        return actorKey;
    }

    public long topicKey() {
        return topicKey;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean rollUp() {
        return rollUp;
    }

    @NonNull
    @Description("The position's label.")
    public StanceLabel getLabel() {
        return label;
    }

    @Description("The first statement date of the actor's latest run of this label.")
    public LocalDate getSince() {
        return since;
    }

    @Description("Date of the latest statement behind the position.")
    public LocalDate getLastStatedOn() {
        return lastStatedOn;
    }

    @Description("How many of the actor's statements (with rollUp: credited statements) have a stance on this topic, up to the day asked.")
    public int getStatementCount() {
        return statementCount;
    }
}
