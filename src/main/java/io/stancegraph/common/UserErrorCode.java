package io.stancegraph.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("UserErrorCode")
@Description("What kind of mistake a mutation's input has.")
public enum UserErrorCode {
    @Description("A value is missing, malformed or out of range.")
    VALIDATION,
    @Description("An ID names nothing.")
    NOT_FOUND,
    @Description("The change clashes with the stored data: a duplicate, a different body for a stored URL, a stale expectedVersion.")
    CONFLICT
}
