package io.stancegraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

/** Per-field instrumentation is skipped only where no member of the chain asks for it. */
class LeanInstrumentationChainTest {

    /** Wants to see every field's completion. */
    static final class CompletionCounter extends SimplePerformantInstrumentation {
        final List<String> seen = new ArrayList<>();

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            seen.add("completion");
            return SimpleInstrumentationContext.noOp();
        }
    }

    @Test
    void membersThatDoNothingPerFieldAreNotAskedAboutFields() {
        LeanInstrumentationChain chain = new LeanInstrumentationChain(
                List.<Instrumentation>of(new SimplePerformantInstrumentation(), new ErrorShaping.Shaper()));
        assertNull(chain.beginFieldExecution((InstrumentationFieldParameters) null, null),
                "no member instruments field execution, so no chained context is built");
        assertNull(chain.beginFieldCompletion(null, null));
        assertNull(chain.beginFieldFetching(null, null));
        DataFetcher<Object> fetcher = env -> "value";
        assertSame(fetcher, chain.instrumentDataFetcher(fetcher, null, null),
                "no member wraps data fetchers, so each field keeps its own");
    }

    @Test
    void aMemberThatInstrumentsAPerFieldStepIsStillCalled() {
        CompletionCounter counter = new CompletionCounter();
        List<Instrumentation> members = List.of(new SimplePerformantInstrumentation(), counter);
        LeanInstrumentationChain chain = new LeanInstrumentationChain(members);
        assertNotNull(chain.beginFieldCompletion(null, chain.createStateAsync(null).join()),
                "the counter overrides beginFieldCompletion, so the chain keeps it");
        assertEquals(List.of("completion"), counter.seen);
        assertNull(chain.beginFieldExecution((InstrumentationFieldParameters) null, null),
                "the other per-field steps stay skipped");
    }
}
