package io.stancegraph.position;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.Preloaded;

import io.stancegraph.statement.StanceLabel;

@Type("StanceShift")
@Description("An actor changed its position on a topic between two statements: two consecutive daily positions with different labels.")
public class StanceShift extends Preloaded {

    private final long actorKey;
    private final long topicKey;
    private final StanceLabel fromLabel;
    private final StanceLabel toLabel;
    private final long fromStatementKey;
    private final long toStatementKey;
    private final LocalDate shiftedOn;

    @SuppressWarnings("java:S107")
    public StanceShift(long actorKey, long topicKey, StanceLabel fromLabel, StanceLabel toLabel, long fromStatementKey,
            long toStatementKey, LocalDate shiftedOn) {
        this.actorKey = actorKey;
        this.topicKey = topicKey;
        this.fromLabel = fromLabel;
        this.toLabel = toLabel;
        this.fromStatementKey = fromStatementKey;
        this.toStatementKey = toStatementKey;
        this.shiftedOn = shiftedOn;
    }

    public long actorKey() {
        return actorKey;
    }

    public long topicKey() {
        return topicKey;
    }

    public long fromStatementKey() {
        return fromStatementKey;
    }

    public long toStatementKey() {
        return toStatementKey;
    }

    @NonNull
    @Description("The position before the shift.")
    public StanceLabel getFromLabel() {
        return fromLabel;
    }

    @NonNull
    @Description("The position after the shift.")
    public StanceLabel getToLabel() {
        return toLabel;
    }

    @Description("Date of the statement that changed the position.")
    public LocalDate getShiftedOn() {
        return shiftedOn;
    }
}
