package io.stancegraph.actor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;
import io.stancegraph.common.ApiException;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Lookahead;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.position.Position;
import io.stancegraph.position.PositionIncludes;
import io.stancegraph.position.PositionReader;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementConnection;
import io.stancegraph.statement.StatementFilter;
import io.stancegraph.statement.StatementIncludes;
import io.stancegraph.statement.StatementOrder;
import io.stancegraph.statement.StatementReader;

/** Actors, their aliases, affiliations, statements and positions. */
@GraphQLApi
public class ActorApi {

    @Inject
    ActorReader actors;
    @Inject
    StatementReader statements;
    @Inject
    PositionReader positions;
    @Inject
    StatementIncludes statementIncludes;
    @Inject
    PositionIncludes positionIncludes;
    @Inject
    Context context;

    @Query("actor")
    @Description("Exactly one of id, name (case- and punctuation-insensitive match on the name or any alias; the actor with most statements wins a tie) or wikidataId.")
    public Actor actor(@Id @Description("The actor's ID; a merged actor's old ID gives the survivor.") String id,
            @Description("A name or alias: 'US' finds 'U.S.'.") String name,
            @Description("Wikidata item, e.g. Q30.") String wikidataId) {
        if (Stream.of(id, name, wikidataId).filter(v -> v != null).count() != 1) {
            throw new ApiException("actor: give exactly one of id, name or wikidataId");
        }
        if (id != null) {
            return GlobalId.keyOf(Actor.TYPE, id).map(actors::byKey).orElse(null);
        }
        return name != null ? actors.byName(name) : actors.byWikidataId(wikidataId);
    }

    @Query("actors")
    @NonNull
    @Description("Actors by name; with search, best match first. search: full-text over names, aliases and descriptions.")
    public ActorConnection actors(
            @Description("Words to find in names, aliases and descriptions (web search syntax).") String search,
            @Description("Only actors of these kinds.") List<ActorKind> kinds,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        return new ActorConnection(actors.find(search, kinds, PageRequest.of(first, after)));
    }

    @NonNull
    @Description("Other names the texts use for this actor: 'Harris', 'U.S.', 'Seoul'.")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> list) {
        Map<Long, List<String>> byActor = actors.aliasesOf(list.stream().map(Actor::key).toList());
        return list.stream().map(a -> byActor.getOrDefault(a.key(), List.of())).toList();
    }

    @NonNull
    @Description("Organisations this actor belongs or belonged to.")
    public List<@NonNull List<@NonNull Affiliation>> affiliations(@Source List<Actor> list) {
        Map<Long, List<Affiliation>> byActor = actors.affiliationsOf(list.stream().map(Actor::key).toList(), true);
        return list.stream().map(a -> byActor.getOrDefault(a.key(), List.of())).toList();
    }

    @NonNull
    @Description("Actors that belong or belonged to this one.")
    public List<@NonNull List<@NonNull Affiliation>> members(@Source List<Actor> list) {
        Map<Long, List<Affiliation>> byActor = actors.affiliationsOf(list.stream().map(Actor::key).toList(), false);
        return list.stream().map(a -> byActor.getOrDefault(a.key(), List.of())).toList();
    }

    @NonNull
    @Description("The member.")
    public List<@NonNull Actor> member(@Source List<Affiliation> list) {
        Map<Long, Actor> byKey = actors.byKeys(list.stream().map(Affiliation::memberKey).distinct().toList());
        return list.stream().map(a -> byKey.get(a.memberKey())).toList();
    }

    @NonNull
    @Description("The organisation.")
    public List<@NonNull Actor> organization(@Source List<Affiliation> list) {
        Map<Long, Actor> byKey = actors.byKeys(list.stream().map(Affiliation::organizationKey).distinct().toList());
        return list.stream().map(a -> byKey.get(a.organizationKey())).toList();
    }

    @NonNull
    @Description("Statements by this actor (the filter's speakerIds are ignored; includeAffiliated adds its members' and those made on its behalf).")
    public List<@NonNull StatementConnection> statements(@Source List<Actor> list,
            @Description("Which of the actor's statements.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        List<StatementFilter> scoped = list.stream().map(actor -> {
            StatementFilter f = filter == null ? new StatementFilter() : filter.copy();
            f.speakerIds = List.of(actor.getId());
            return f;
        }).toList();
        List<Page<Statement>> pages = statements.findEach(scoped, orderBy, PageRequest.of(first, after));
        statementIncludes.preload(pages.stream().flatMap(p -> p.items().stream()).toList(),
                Lookahead.ofConnection(context));
        return pages.stream().map(StatementConnection::new).toList();
    }

    @NonNull
    @Description("The actor's position on each topic it has a stance on, most recently stated first.")
    public List<@NonNull List<@NonNull Position>> positions(@Source List<Actor> list,
            @Description("The day the positions hold on (default: today).") LocalDate asOf,
            @DefaultValue("false") @Description("Also count what members said while affiliated and what was said on the actor's behalf.") Boolean rollUp) {
        Map<Long, List<Position>> byActor = positions.forActors(list.stream().map(Actor::key).toList(),
                asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf, Boolean.TRUE.equals(rollUp));
        positionIncludes.preloadPositions(byActor.values().stream().flatMap(List::stream).toList(),
                Lookahead.of(context));
        return list.stream().map(a -> byActor.getOrDefault(a.key(), List.of())).toList();
    }
}
