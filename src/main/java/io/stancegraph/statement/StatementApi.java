package io.stancegraph.statement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;
import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.article.Article;
import io.stancegraph.common.Lookahead;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.topic.Topic;

/** Who said what: the statement list and the fields of Statement and Stance, each batched over its parents. */
@GraphQLApi
public class StatementApi {

    @Inject
    StatementReader statements;
    @Inject
    ActorReader actors;
    @Inject
    StatementIncludes includes;
    @Inject
    Context context;

    @Query("statements")
    @NonNull
    @Description("Who said what.")
    public StatementConnection statements(
            @Description("Which statements.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        Page<Statement> page = statements.find(filter, orderBy, PageRequest.of(first, after));
        includes.preload(page.items(), Lookahead.ofConnection(context));
        return new StatementConnection(page);
    }

    @NonNull
    @Description("The article the statement appears in.")
    public List<@NonNull Article> article(@Source List<Statement> list) {
        return includes.articlesOf(list);
    }

    @Description("Who said or did it; null when the text does not say.")
    public List<Actor> speaker(@Source List<Statement> list) {
        return includes.speakersOf(list);
    }

    @Description("The body the speaker spoke for here (an ambassador for his country), when the text makes it clear.")
    public List<Actor> onBehalfOf(@Source List<Statement> list) {
        return includes.onBehalfOf(list);
    }

    @NonNull
    @Description("The statement's stances, one per topic.")
    public List<@NonNull List<@NonNull Stance>> stances(@Source List<Statement> list) {
        return includes.stancesOf(list);
    }

    @NonNull
    @Description("Actors the statement is about or addressed to (Huawei, Seoul, Korean firms).")
    public List<@NonNull List<@NonNull Actor>> mentions(@Source List<Statement> list) {
        Map<Long, List<Long>> mentioned = statements.mentionsOf(list.stream().map(Statement::key).toList());
        Map<Long, Actor> byKey = actors.byKeys(mentioned.values().stream().flatMap(List::stream).distinct().toList());
        return list.stream().map(s -> mentioned.getOrDefault(s.key(), List.of()).stream()
                .map(byKey::get).filter(Objects::nonNull).distinct().toList()).toList();
    }

    @Description("The statement this one answers, when the text says so.")
    public List<Statement> respondsTo(@Source List<Statement> list) {
        Map<Long, Statement> byKey = statements.byKeys(
                list.stream().map(Statement::respondsToKey).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(s -> s.respondsToKey() == null ? null : byKey.get(s.respondsToKey())).toList();
    }

    @NonNull
    @Description("Every change to the statement, oldest first: who did what, when.")
    public List<@NonNull List<@NonNull Revision>> history(@Source List<Statement> list) {
        Map<Long, List<Revision>> byStatement = statements.historyOf(list.stream().map(Statement::key).toList());
        return list.stream().map(s -> byStatement.getOrDefault(s.key(), List.of())).toList();
    }

    @NonNull
    @Description("The topic the stance is on.")
    public List<@NonNull Topic> topic(@Source List<Stance> list) {
        return includes.topicsOf(list);
    }
}
