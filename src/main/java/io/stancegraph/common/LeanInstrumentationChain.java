package io.stancegraph.common;

import java.lang.reflect.Method;
import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/**
 * A chain of instrumentations that asks none of them about each field unless one of them wants to know.
 * graphql-java's {@link ChainedInstrumentation} builds, for every field, a chained context of each member's no-op
 * context for execution, fetch and completion, and calls each of them as the field is dispatched and completed: on
 * a 50-statement page that was about a tenth of the service's CPU (JFR), for members (the error shaper, SmallRye's
 * query cache) that do nothing per field; it also offers each member every field's data fetcher to wrap. A member that does override a per-field method
 * keeps the whole chain for that method.
 */
final class LeanInstrumentationChain extends ChainedInstrumentation {

    private final boolean executionStrategy;
    private final boolean executeObject;
    private final boolean fieldExecution;
    private final boolean fieldFetch;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;
    private final boolean dataFetcher;

    LeanInstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        executionStrategy = anyOverrides(instrumentations, "beginExecutionStrategy");
        executeObject = anyOverrides(instrumentations, "beginExecuteObject");
        fieldExecution = anyOverrides(instrumentations, "beginFieldExecution");
        fieldFetch = anyOverrides(instrumentations, "beginFieldFetch");
        fieldFetching = anyOverrides(instrumentations, "beginFieldFetching");
        fieldCompletion = anyOverrides(instrumentations, "beginFieldCompletion");
        fieldListCompletion = anyOverrides(instrumentations, "beginFieldListCompletion");
        dataFetcher = anyOverrides(instrumentations, "instrumentDataFetcher");
    }

    /** Whether a member declares the method itself, rather than inheriting a no-op from graphql-java's bases. */
    static boolean anyOverrides(List<Instrumentation> instrumentations, String name) {
        for (Instrumentation i : instrumentations) {
            for (Method m : i.getClass().getMethods()) {
                Class<?> declaring = m.getDeclaringClass();
                if (m.getName().equals(name) && declaring != Instrumentation.class
                        && declaring != SimplePerformantInstrumentation.class && declaring != SimpleInstrumentation.class) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return executionStrategy ? super.beginExecutionStrategy(parameters, state) : null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldFetch ? super.beginFieldFetch(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldFetching || fieldFetch ? super.beginFieldFetching(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return dataFetcher ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
    }
}
