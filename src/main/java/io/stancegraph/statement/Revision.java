package io.stancegraph.statement;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Revision")
@Description("One change to a statement: what was done, when, by whom.")
public class Revision {

    private final long statementKey;
    private final RevisionAction action;
    private final OffsetDateTime createdAt;
    private final String by;
    private final String detail;

    public Revision(long statementKey, RevisionAction action, OffsetDateTime createdAt, String by, String detail) {
        this.statementKey = statementKey;
        this.action = action;
        this.createdAt = createdAt;
        this.by = by;
        this.detail = detail;
    }

    public long statementKey() {
        return statementKey;
    }

    @NonNull
    @Description("What the change did.")
    public RevisionAction getAction() {
        return action;
    }

    @NonNull
    @Description("When it was saved.")
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Description("The token subject that made the change.")
    public String getBy() {
        return by;
    }

    @Description("What changed, in words: fields and their new values, a reason.")
    public String getDetail() {
        return detail;
    }
}
