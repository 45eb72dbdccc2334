package io.stancegraph.actor;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.actor.ActorInputs.AddAffiliationInput;
import io.stancegraph.actor.ActorInputs.AliasInput;
import io.stancegraph.actor.ActorInputs.CreateActorInput;
import io.stancegraph.actor.ActorInputs.MergeActorsInput;
import io.stancegraph.actor.ActorInputs.UpdateActorInput;
import io.stancegraph.common.Editor;
import io.stancegraph.common.Outcome;

/** Curating actors; every mutation needs an editor token. */
@GraphQLApi
public class ActorMutations {

    @Inject
    Editor editor;
    @Inject
    ActorService actors;
    @Inject
    ActorMerge merge;
    @Inject
    ActorReader reader;

    @Mutation("createActor")
    @Description("Adds an actor with its aliases.")
    public ActorPayload createActor(@NonNull @Description("The actor.") CreateActorInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> actors.create(input, by)));
    }

    @Mutation("updateActor")
    @Description("Changes an actor; fields left out stay as they are.")
    public ActorPayload updateActor(@NonNull @Description("What to change.") UpdateActorInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> actors.update(input, by)));
    }

    @Mutation("addAlias")
    @Description("Adds a name texts use for the actor.")
    public ActorPayload addAlias(@NonNull @Description("The actor and the alias.") AliasInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> actors.addAlias(input, by)));
    }

    @Mutation("removeAlias")
    @Description("Removes an alias (matched ignoring case, spaces and punctuation).")
    public ActorPayload removeAlias(@NonNull @Description("The actor and the alias.") AliasInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> actors.removeAlias(input, by)));
    }

    @Mutation("addAffiliation")
    @Description("Records that an actor belongs (or belonged) to an organisation; returns the member.")
    public ActorPayload addAffiliation(@NonNull @Description("The membership.") AddAffiliationInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> actors.addAffiliation(input, by)));
    }

    @Mutation("mergeActors")
    @Description("Moves fromId's statements, aliases and affiliations to intoId; fromId then resolves to intoId. Returns the survivor.")
    public ActorPayload mergeActors(@NonNull @Description("The two actors.") MergeActorsInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> merge.merge(input, by)));
    }

    private ActorPayload payload(Outcome o) {
        return new ActorPayload(o.succeeded() ? reader.byKey(o.key()) : null, o.errors());
    }
}
