package io.stancegraph.article;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Node;
import io.stancegraph.common.Preloaded;

@Type("Article")
@Description("A news article, its text stored exactly as ingested.")
public class Article extends Preloaded implements Node {

    public static final String TYPE = "Article";

    private final long key;
    private final String url;
    private final String title;
    private final Long outletKey;
    private final List<String> authors;
    private final LocalDate publishedOn;
    private final String language;

    public Article(long key, String url, String title, Long outletKey, List<String> authors, LocalDate publishedOn,
            String language) {
        this.key = key;
        this.url = url;
        this.title = title;
        this.outletKey = outletKey;
        this.authors = authors;
        this.publishedOn = publishedOn;
        this.language = language;
    }

    public long key() {
        return key;
    }

    public Long outletKey() {
        return outletKey;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global ID.")
    public String getId() {
        return GlobalId.encode(TYPE, key);
    }

    @Description("Where the article was published, as ingested.")
    public String getUrl() {
        return url;
    }

    @NonNull
    @Description("Headline.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("Bylines, in order.")
    public List<@NonNull String> getAuthors() {
        return authors;
    }

    @Description("Publication date.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Description("Language code (ISO 639-1), e.g. 'en'.")
    public String getLanguage() {
        return language;
    }
}
