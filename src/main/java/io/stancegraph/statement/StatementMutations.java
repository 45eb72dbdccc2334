package io.stancegraph.statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.common.Editor;
import io.stancegraph.common.Outcome;
import io.stancegraph.statement.StatementInputs.RecordStatementInput;
import io.stancegraph.statement.StatementInputs.RemoveStanceInput;
import io.stancegraph.statement.StatementInputs.RetractStatementInput;
import io.stancegraph.statement.StatementInputs.SetStanceInput;
import io.stancegraph.statement.StatementInputs.UpdateStatementInput;

/** Curating statements and stances; every mutation needs an editor token. */
@GraphQLApi
public class StatementMutations {

    @Inject
    Editor editor;
    @Inject
    StatementService statements;
    @Inject
    StanceService stances;
    @Inject
    StatementReader reader;

    @Mutation("recordStatement")
    @Description("Records a statement with its stances, all or nothing.")
    public StatementPayload recordStatement(@NonNull @Description("The statement.") RecordStatementInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> statements.record(input, by, RevisionAction.CREATED)));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement; fields left out stay as they are. Send expectedVersion to refuse a stale edit.")
    public StatementPayload updateStatement(@NonNull @Description("What to change.") UpdateStatementInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> statements.update(input, by)));
    }

    @Mutation("setStance")
    @Description("Sets or replaces the statement's stance on one topic.")
    public StatementPayload setStance(@NonNull @Description("The stance.") SetStanceInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> stances.set(input, by)));
    }

    @Mutation("removeStance")
    @Description("Removes the statement's stance on one topic.")
    public StatementPayload removeStance(@NonNull @Description("The stance.") RemoveStanceInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> stances.remove(input, by)));
    }

    @Mutation("retractStatement")
    @Description("Hides the statement from lists, positions and counts; nothing is deleted, and its history keeps it.")
    public StatementPayload retractStatement(@NonNull @Description("The statement and why.") RetractStatementInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> stances.retract(input, by)));
    }

    private StatementPayload payload(Outcome o) {
        return new StatementPayload(o.succeeded() ? reader.byKey(o.key()) : null, o.errors());
    }
}
