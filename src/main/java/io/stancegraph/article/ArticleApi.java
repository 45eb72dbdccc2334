package io.stancegraph.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.common.ApiException;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.PageRequest;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementReader;

/** Articles and outlets. */
@GraphQLApi
public class ArticleApi {

    @Inject
    ArticleReader articles;
    @Inject
    StatementReader statements;

    @Query("article")
    @Description("One article by id or by URL (compared in canonical form: scheme and host case, trailing slash, fragment and tracking parameters aside); give exactly one.")
    public Article article(@Id @Description("The article's ID.") String id,
            @Description("The article's URL.") String url) {
        if ((id == null) == (url == null)) {
            throw new ApiException("article: give exactly one of id or url");
        }
        if (id != null) {
            return GlobalId.keyOf(Article.TYPE, id).map(k -> articles.byKeys(List.of(k)).get(k)).orElse(null);
        }
        return articles.byUrl(url);
    }

    @Query("articles")
    @NonNull
    @Description("Articles, newest first; with search, best match first. search: full-text over title and body; from/to bound publishedOn.")
    public ArticleConnection articles(
            @Description("Full-text search over title and body (web search syntax).") String search,
            @Id @Description("Only articles from these outlets.") List<String> outletIds,
            @Description("Published on or after this day.") LocalDate from,
            @Description("Published on or before this day.") LocalDate to,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        return new ArticleConnection(articles.find(search, ArticleReader.outletKeys(outletIds), from, to,
                PageRequest.of(first, after)));
    }

    @Query("outlets")
    @NonNull
    @Description("All outlets, in the order they were first seen.")
    public OutletConnection outlets(@DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        return new OutletConnection(articles.outlets(PageRequest.of(first, after)));
    }

    @NonNull
    @Description("The full text, exactly as ingested; Statement.start/end index into it.")
    public List<@NonNull String> body(@Source List<Article> list) {
        Map<Long, String> byKey = articles.bodies(list.stream().map(Article::key).distinct().toList());
        return list.stream().map(a -> byKey.get(a.key())).toList();
    }

    @Description("The outlet that published the article.")
    public List<Outlet> outlet(@Source List<Article> list) {
        return articles.outletsOf(list);
    }

    @NonNull
    @Description("Statements in this article, in text order.")
    public List<@NonNull List<@NonNull Statement>> statements(@Source List<Article> list) {
        Map<Long, List<Statement>> byArticle = statements.byArticles(list.stream().map(Article::key).toList());
        return list.stream().map(a -> byArticle.getOrDefault(a.key(), List.of())).toList();
    }

    @NonNull
    @Description("The outlet's articles, newest first (undated last).")
    public List<@NonNull ArticleConnection> articles(@Source List<Outlet> outlets,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        Map<Long, io.stancegraph.common.Page<Article>> pages = articles.byOutlets(
                outlets.stream().map(Outlet::key).distinct().toList(), PageRequest.of(first, after));
        return outlets.stream().map(o -> new ArticleConnection(pages.get(o.key()))).toList();
    }
}
