package io.stancegraph.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorReader;
import io.stancegraph.article.Article;
import io.stancegraph.article.ArticleReader;
import io.stancegraph.article.Outlet;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementReader;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicReader;

/** Relay object identification: any global ID back to its object, one SQL statement per type asked. */
@GraphQLApi
public class NodeApi {

    @Inject
    ArticleReader articles;
    @Inject
    ActorReader actors;
    @Inject
    TopicReader topics;
    @Inject
    StatementReader statements;

    private Map<String, Function<Collection<Long>, Map<Long, ? extends Node>>> loaders() {
        return Map.of(
                Article.TYPE, articles::byKeys,
                Outlet.TYPE, articles::outletsByKeys,
                Actor.TYPE, actors::byKeys,
                Topic.TYPE, topics::byKeys,
                Statement.TYPE, statements::byKeys);
    }

    @Query("node")
    @Description("The object with this global ID; null when none has it.")
    public Node node(@Id @NonNull @Description("A global ID.") String id) {
        return nodes(List.of(id)).get(0);
    }

    @Query("nodes")
    @NonNull
    @Description("Many nodes at once, in the order asked; null for IDs that match nothing (at most 100 IDs).")
    public List<Node> nodes(@Id @NonNull @Description("Global IDs, at most 100.") List<@NonNull String> ids) {
        if (ids.size() > PageRequest.MAX_SIZE) {
            throw new ApiException("nodes: at most " + PageRequest.MAX_SIZE + " ids, got " + ids.size());
        }
        List<Optional<GlobalId>> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<String, Function<Collection<Long>, Map<Long, ? extends Node>>> loaders = loaders();
        Map<String, Map<Long, ? extends Node>> found = decoded.stream().flatMap(Optional::stream)
                .filter(g -> loaders.containsKey(g.type()))
                .collect(Collectors.groupingBy(GlobalId::type, Collectors.mapping(GlobalId::key, Collectors.toSet())))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> loaders.get(e.getKey()).apply(e.getValue())));
        return decoded.stream().map(g -> g.map(id -> (Node) Optional.ofNullable(found.get(id.type()))
                .map(m -> m.get(id.key())).orElse(null)).orElse(null)).toList();
    }
}
