package io.stancegraph.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.UserError;

@Type("ActorPayload")
@Description("The actor as saved, or what was wrong with the input.")
public class ActorPayload {

    private final Actor actor;
    private final List<UserError> userErrors;

    public ActorPayload(Actor actor, List<UserError> userErrors) {
        this.actor = actor;
        this.userErrors = userErrors;
    }

    @Description("The actor; null when userErrors is not empty.")
    public Actor getActor() {
        return actor;
    }

    @NonNull
    @Description("What was wrong with the input; empty on success.")
    public List<@NonNull UserError> getUserErrors() {
        return userErrors;
    }
}
