package io.stancegraph.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives every error a client sees an {@code extensions.code} and a message meant for people: VALIDATION for what
 * the client can fix (syntax, unknown fields, wrong argument types, {@link ApiException}), INTERNAL for our faults,
 * whose detail goes to the log under an id and never to the client (no class names, SQL or stack traces).
 */
public final class ErrorShaping {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);

    private ErrorShaping() {
    }

    /**
     * SmallRye calls this after installing its own instrumentation: its query cache (parsed and validated documents)
     * and the configured depth and complexity limits. Those stay; the error shaper goes in front of them.
     */
    static GraphQL.Builder install(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(new Shaper());
        Instrumentation installed = GraphQLHooks.read(builder, "instrumentation", Instrumentation.class);
        if (installed instanceof ChainedInstrumentation chained) {
            chain.addAll(chained.getInstrumentations());
        } else if (installed != null) {
            chain.add(installed);
        }
        return builder.instrumentation(new LeanInstrumentationChain(chain));
    }

    static final class Shaper extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            boolean clientFault = result.getErrors().stream().anyMatch(e -> !code(e).equals("INTERNAL"));
            List<GraphQLError> shaped = new ArrayList<>();
            for (GraphQLError e : result.getErrors()) {
                // a rejected argument leaves its non-null field empty; that follow-on error only confuses
                if (clientFault && "NullValueInNonNullableField".equals(String.valueOf(e.getErrorType()))) {
                    continue;
                }
                shaped.add(shape(e));
            }
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().from(result).errors(shaped).build());
        }

        private static GraphQLError shape(GraphQLError e) {
            String code = code(e);
            String message = e.getMessage();
            if (code.equals("INTERNAL")) {
                String id = UUID.randomUUID().toString();
                Throwable cause = e instanceof ExceptionWhileDataFetching f ? f.getException() : null;
                LOG.errorf(cause, "GraphQL error %s at %s: %s", id, e.getPath(), e.getMessage());
                message = "Internal error; reported as " + id;
            } else if (e instanceof ExceptionWhileDataFetching f) {
                message = f.getException().getMessage();
            } else {
                message = readable(message);
            }
            GraphqlErrorBuilder<?> b = GraphqlErrorBuilder.newError().message(message)
                    .extensions(Map.of("code", code))
                    // graphql-java would otherwise add its own classification, an exception class name
                    .errorType(ErrorClassification.errorClassification(code));
            if (e.getLocations() != null) {
                b.locations(e.getLocations());
            }
            if (e.getPath() != null) {
                b.path(e.getPath());
            }
            return b.build();
        }

        private static String code(GraphQLError e) {
            if (e instanceof ExceptionWhileDataFetching f) {
                return f.getException() instanceof ApiException api ? api.code() : "INTERNAL";
            }
            String type = String.valueOf(e.getErrorType());
            return switch (type) {
                case "ValidationError", "InvalidSyntax", "ExecutionAborted", "OperationNotSupported" -> "VALIDATION";
                default -> "INTERNAL";
            };
        }

        /** SmallRye's argument errors quote the Java class they failed to build; clients need the argument name. */
        private static String readable(String message) {
            if (message != null && message.startsWith("argument '") && message.contains(" is not a valid ")) {
                String argument = message.substring("argument '".length(), message.indexOf('\'', "argument '".length()));
                return "argument '" + argument + "' has a value of the wrong type or format"
                        + " (dates are yyyy-MM-dd, IDs are strings this service issued)";
            }
            return message;
        }
    }
}
