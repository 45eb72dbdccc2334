package io.stancegraph.article;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IngestArticleInput")
@Description("An article to store, idempotently by canonical URL.")
public class IngestArticleInput {

    @NonNull
    @Description("Canonical URL: the same URL again (case of scheme and host, trailing slash, fragment and utm_* parameters aside) returns the stored article.")
    public String url;

    @NonNull
    @Description("Headline.")
    public String title;

    @Description("Outlet name; an outlet of that name is created when missing.")
    public String outlet;

    @Description("Bylines, in order.")
    public List<@NonNull String> authors;

    @Description("Publication date.")
    public LocalDate publishedOn;

    @Description("Language code (ISO 639-1), e.g. 'en'.")
    public String language;

    @NonNull
    @Description("The full text, stored exactly as given.")
    public String body;

    @DefaultValue("false")
    @Description("Find and record the statements in the body automatically.")
    public Boolean extract;
}
