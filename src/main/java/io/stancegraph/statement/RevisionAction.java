package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did.")
public enum RevisionAction {
    @Description("Recorded by hand (or loaded from seeds).")
    CREATED,
    @Description("Recorded by automatic extraction.")
    EXTRACTED,
    @Description("Fields changed (the detail names them).")
    UPDATED,
    @Description("A stance was set or replaced.")
    STANCE_SET,
    @Description("A stance was removed.")
    STANCE_REMOVED,
    @Description("Hidden from lists, positions and counts.")
    RETRACTED,
    @Description("Moved from one actor to another by mergeActors.")
    MERGED
}
