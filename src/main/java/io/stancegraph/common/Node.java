package io.stancegraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("Something with a global ID.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque global ID, unique across all types; resolve it with node(id:).")
    String getId();
}
