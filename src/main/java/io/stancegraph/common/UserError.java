package io.stancegraph.common;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description("Something wrong with a mutation's input; when any is returned, nothing was written.")
public class UserError {

    private final UserErrorCode code;
    private final String message;
    private final List<String> field;

    public UserError(UserErrorCode code, String message, List<String> field) {
        this.code = code;
        this.message = message;
        this.field = field;
    }

    @NonNull
    @Description("What kind of mistake.")
    public UserErrorCode getCode() {
        return code;
    }

    @NonNull
    @Description("What is wrong and how to put it right, for a person to read.")
    public String getMessage() {
        return message;
    }

    @Description("Path to the input field at fault, e.g. [\"input\", \"stances\", \"0\", \"confidence\"].")
    public List<@NonNull String> getField() {
        return field;
    }
}
