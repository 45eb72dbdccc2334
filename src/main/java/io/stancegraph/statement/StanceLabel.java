package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("Stance toward a topic's proposition.")
public enum StanceLabel {
    @Description("For the proposition.")
    SUPPORT,
    @Description("Against the proposition.")
    OPPOSE,
    @Description("Explicitly takes no side or leaves the decision to others.")
    NEUTRAL,
    @Description("Expresses support and opposition at once.")
    MIXED
}
