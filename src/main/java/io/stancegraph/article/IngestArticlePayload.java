package io.stancegraph.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.UserError;
import io.stancegraph.statement.Statement;

@Type("IngestArticlePayload")
@Description("The stored article, whether it was new, and the statements extraction recorded.")
public class IngestArticlePayload {

    private final Article article;
    private final boolean created;
    private final List<Statement> extracted;
    private final List<UserError> userErrors;

    public IngestArticlePayload(Article article, boolean created, List<Statement> extracted, List<UserError> userErrors) {
        this.article = article;
        this.created = created;
        this.extracted = extracted;
        this.userErrors = userErrors;
    }

    @Description("The article as stored; with a CONFLICT on the body, the stored one.")
    public Article getArticle() {
        return article;
    }

    @Description("False when an article with this URL was already stored (a different body then is a CONFLICT user error, and the stored article is returned).")
    public boolean isCreated() {
        return created;
    }

    @NonNull
    @Description("Statements recorded by automatic extraction (empty unless extract is true).")
    public List<@NonNull Statement> getExtracted() {
        return extracted;
    }

    @NonNull
    @Description("What was wrong with the input; empty on success.")
    public List<@NonNull UserError> getUserErrors() {
        return userErrors;
    }
}
