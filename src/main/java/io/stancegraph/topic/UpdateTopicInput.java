package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateTopicInput")
@Description("Fields left out stay as they are.")
public class UpdateTopicInput {

    @Id
    @NonNull
    @Description("The topic to change.")
    public String topicId;

    @Description("New display name.")
    public String name;

    @Description("New proposition.")
    public String description;
}
