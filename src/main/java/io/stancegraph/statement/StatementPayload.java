package io.stancegraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.UserError;

@Type("StatementPayload")
@Description("The statement as saved, or what was wrong with the input.")
public class StatementPayload {

    private final Statement statement;
    private final List<UserError> userErrors;

    public StatementPayload(Statement statement, List<UserError> userErrors) {
        this.statement = statement;
        this.userErrors = userErrors;
    }

    @Description("The statement; null when userErrors is not empty.")
    public Statement getStatement() {
        return statement;
    }

    @NonNull
    @Description("What was wrong with the input; empty on success.")
    public List<@NonNull UserError> getUserErrors() {
        return userErrors;
    }
}
