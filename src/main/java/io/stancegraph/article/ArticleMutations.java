package io.stancegraph.article;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.stancegraph.common.Editor;
import io.stancegraph.common.Outcome;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementReader;

/** Ingesting articles; needs an editor token. */
@GraphQLApi
public class ArticleMutations {

    @Inject
    Editor editor;
    @Inject
    ArticleService articles;
    @Inject
    ArticleReader reader;
    @Inject
    StatementReader statements;

    @Mutation("ingestArticle")
    @Description("Stores an article; the same canonical URL again returns the stored one (created: false).")
    public IngestArticlePayload ingestArticle(@NonNull @Description("The article.") IngestArticleInput input) {
        String by = editor.require();
        Outcome o = Outcome.guard(() -> articles.ingest(input, by));
        Article article = o.key() == null ? null : reader.byKeys(List.of(o.key())).get(o.key());
        List<Statement> extracted = article != null && o.succeeded() && Boolean.TRUE.equals(input.extract)
                ? statements.extractedIn(article.key()) : List.of();
        return new IngestArticlePayload(article, o.created() && o.succeeded(), extracted, o.errors());
    }
}
