package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateTopicInput")
@Description("A new topic.")
public class CreateTopicInput {

    @NonNull
    @Description("Lowercase words joined by hyphens, unique: 'huawei-5g-exclusion'.")
    public String slug;

    @NonNull
    @Description("Display name.")
    public String name;

    @Description("The proposition that SUPPORT and OPPOSE refer to.")
    public String description;
}
