package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;

@Description("How a statement reached the article.")
public enum StatementKind {
    @Description("Words in quotation marks (whole or partial quotes).")
    DIRECT,
    @Description("Reported speech: the article paraphrases what the speaker said (X said that ...).")
    INDIRECT,
    @Description("A position or action the article attributes to the actor without quoting speech (the U.K. banned Huawei).")
    REPORTED
}
