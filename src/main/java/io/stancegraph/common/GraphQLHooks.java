package io.stancegraph.common;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.config.Config;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

/**
 * Our changes to SmallRye GraphQL's set-up: lean field fetchers ({@link FastFetchers}), error shaping
 * ({@link ErrorShaping}) and ID list arguments ({@link IdListArguments}). A service-loaded hook rather than CDI events, because enabling CDI events makes SmallRye
 * fire several events for every field of every response, which costs more than the fields themselves.
 */
public class GraphQLHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = read(builder, "graphQLSchema", GraphQLSchema.class);
        builder.schema(FastFetchers.install(schema, Config.get().getFieldVisibility()));
        return ErrorShaping.install(builder);
    }

    @Override
    public Operation createOperation(Operation operation) {
        return IdListArguments.fix(operation);
    }

    /**
     * graphql-java's builder has no getters for what SmallRye put in it, hence reflection; if it ever fails, start-up
     * fails rather than silently losing the query cache or the lean fetchers.
     */
    static <T> T read(GraphQL.Builder builder, String name, Class<T> type) {
        return PrivateFields.read(GraphQL.Builder.class, builder, name, type);
    }
}
