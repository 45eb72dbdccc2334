package io.stancegraph.position;

import static io.stancegraph.position.PositionApi.lookup;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementReader;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicReader;

/** The fields of StanceShift, batched over a page of shifts. */
@GraphQLApi
public class StanceShiftApi {

    @Inject
    ActorReader actors;
    @Inject
    TopicReader topics;
    @Inject
    StatementReader statements;

    @NonNull
    @Description("The actor that shifted.")
    public List<@NonNull Actor> actor(@Source List<StanceShift> list) {
        return lookup(list, StanceShift::actorKey, actors::byKeys);
    }

    @NonNull
    @Description("The topic it shifted on.")
    public List<@NonNull Topic> topic(@Source List<StanceShift> list) {
        return lookup(list, StanceShift::topicKey, topics::byKeys);
    }

    @NonNull
    @Description("The statement that set the earlier position.")
    public List<@NonNull Statement> fromStatement(@Source List<StanceShift> list) {
        return lookup(list, StanceShift::fromStatementKey, statements::byKeys);
    }

    @NonNull
    @Description("The statement that changed it.")
    public List<@NonNull Statement> toStatement(@Source List<StanceShift> list) {
        return lookup(list, StanceShift::toStatementKey, statements::byKeys);
    }
}
