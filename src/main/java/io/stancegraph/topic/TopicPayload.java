package io.stancegraph.topic;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.UserError;

@Type("TopicPayload")
@Description("The topic as saved, or what was wrong with the input.")
public class TopicPayload {

    private final Topic topic;
    private final List<UserError> userErrors;

    public TopicPayload(Topic topic, List<UserError> userErrors) {
        this.topic = topic;
        this.userErrors = userErrors;
    }

    @Description("The topic; null when userErrors is not empty.")
    public Topic getTopic() {
        return topic;
    }

    @NonNull
    @Description("What was wrong with the input; empty on success.")
    public List<@NonNull UserError> getUserErrors() {
        return userErrors;
    }
}
