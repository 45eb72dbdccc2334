package io.stancegraph.common;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;

/**
 * Writes successful GraphQL responses as JSON straight from graphql-java's result. SmallRye copies every value of
 * the result into JSON-P objects (each date through JSON-B and back) and then prints those: 12–14 % of the
 * service's JVM samples on a 50-row statement page (JFR, bench/README.md). Values print as SmallRye prints them;
 * responses with errors or extensions keep SmallRye's writer, so their format is SmallRye's own. The service
 * SmallRye built is kept and called; only the response writer it is given is wrapped.
 */
@ApplicationScoped
class JsonResponses {

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    @Unremovable
    ExecutionService executionService(GraphQLProducer producer) {
        GraphQLProducer built = ClientProxy.unwrap(producer);
        return new Direct(PrivateFields.read(GraphQLProducer.class, built, "executionService", ExecutionService.class),
                PrivateFields.read(GraphQLProducer.class, built, "graphQLSchema", GraphQLSchema.class),
                PrivateFields.read(GraphQLProducer.class, built, "schema", Schema.class));
    }

    /** SmallRye's execution service, called as it is, with a response writer that prints successes directly. */
    static final class Direct extends ExecutionService {
        private final ExecutionService service;

        Direct(ExecutionService service, GraphQLSchema graphQLSchema, Schema schema) {
            super(graphQLSchema, schema);
            this.service = service;
        }

        @Override
        @SuppressWarnings("deprecation")
        public ExecutionResponse execute(JsonObject jsonInput) {
            return service.execute(jsonInput);
        }

        @Override
        public void executeSync(JsonObject jsonInput, ExecutionResponseWriter writer) {
            service.executeSync(jsonInput, new Printing(writer));
        }

        @Override
        public void executeSync(JsonObject jsonInput, Map<String, Object> context, ExecutionResponseWriter writer) {
            service.executeSync(jsonInput, context, new Printing(writer));
        }

        @Override
        public void executeAsync(JsonObject jsonInput, ExecutionResponseWriter writer) {
            service.executeAsync(jsonInput, new Printing(writer));
        }

        @Override
        public void executeAsync(JsonObject jsonInput, Map<String, Object> context, ExecutionResponseWriter writer) {
            service.executeAsync(jsonInput, context, new Printing(writer));
        }

        @Override
        public void execute(JsonObject jsonInput, ExecutionResponseWriter writer, boolean async) {
            service.execute(jsonInput, new Printing(writer), async);
        }

        @Override
        public void execute(JsonObject jsonInput, Map<String, Object> context, ExecutionResponseWriter writer,
                boolean async) {
            service.execute(jsonInput, context, new Printing(writer), async);
        }
    }

    /** Hands the transport's writer a response that prints itself with Jackson when it can. */
    record Printing(ExecutionResponseWriter writer) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            writer.write(plain(response) ? new PrintedResponse(response) : response);
        }

        @Override
        public void fail(Throwable t) {
            writer.fail(t);
        }

        private static boolean plain(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            return result != null && result.getErrors().isEmpty() && result.getExtensions() == null
                    && result.isDataPresent() && !PrintedResponse.hasAddedExtensions(response);
        }
    }
}
