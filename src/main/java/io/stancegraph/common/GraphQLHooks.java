package io.stancegraph.common;

import graphql.GraphQL;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Our two changes to SmallRye GraphQL's set-up: error shaping ({@link ErrorShaping}) and ID list arguments
 * ({@link IdListArguments}). A service-loaded hook rather than CDI events, because enabling CDI events makes SmallRye
 * fire several events for every field of every response, which costs more than the fields themselves.
 */
public class GraphQLHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return ErrorShaping.install(builder);
    }

    @Override
    public Operation createOperation(Operation operation) {
        return IdListArguments.fix(operation);
    }
}
