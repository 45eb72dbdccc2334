package io.stancegraph.topic;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.common.Editor;
import io.stancegraph.common.Outcome;

/** Curating topics; every mutation needs an editor token. */
@GraphQLApi
public class TopicMutations {

    @Inject
    Editor editor;
    @Inject
    TopicService topics;
    @Inject
    TopicReader reader;

    @Mutation("createTopic")
    @Description("Adds a topic: a proposition actors take sides on.")
    public TopicPayload createTopic(@NonNull @Description("The topic.") CreateTopicInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> topics.create(input, by)));
    }

    @Mutation("updateTopic")
    @Description("Changes a topic's name or proposition; fields left out stay as they are.")
    public TopicPayload updateTopic(@NonNull @Description("What to change.") UpdateTopicInput input) {
        String by = editor.require();
        return payload(Outcome.guard(() -> topics.update(input, by)));
    }

    private TopicPayload payload(Outcome o) {
        return new TopicPayload(o.succeeded() ? reader.byKey(o.key()) : null, o.errors());
    }
}
