package io.stancegraph.topic;

import java.util.List;

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
import io.stancegraph.statement.StatementConnection;
import io.stancegraph.statement.StatementFilter;
import io.stancegraph.statement.StatementOrder;
import io.stancegraph.statement.StatementReader;

/** Topics and their statements. */
@GraphQLApi
public class TopicApi {

    @Inject
    TopicReader topics;
    @Inject
    StatementReader statements;

    @Query("topic")
    @Description("One topic by id or slug; give exactly one.")
    public Topic topic(@Id @Description("The topic's ID.") String id,
            @Description("The topic's slug, e.g. 'huawei-5g-exclusion'.") String slug) {
        if ((id == null) == (slug == null)) {
            throw new ApiException("topic: give exactly one of id or slug");
        }
        return id != null ? GlobalId.keyOf(Topic.TYPE, id).map(topics::byKey).orElse(null) : topics.bySlug(slug);
    }

    @Query("topics")
    @NonNull
    @Description("Topics by slug; with search, best match first (full-text over name and description).")
    public TopicConnection topics(@Description("Words to find (web search syntax).") String search,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        return new TopicConnection(topics.find(search, PageRequest.of(first, after)));
    }

    @NonNull
    @Description("Statements with a stance on this topic (the filter's topicIds are ignored).")
    public List<@NonNull StatementConnection> statements(@Source List<Topic> list,
            @Description("Which of the topic's statements.") StatementFilter filter,
            @DefaultValue("NEWEST_FIRST") @Description("Order of the list.") StatementOrder orderBy,
            @DefaultValue("20") @Description("Page size, 0..100.") Integer first,
            @Description("Cursor to continue after.") String after) {
        List<StatementFilter> scoped = list.stream().map(topic -> {
            StatementFilter f = filter == null ? new StatementFilter() : filter.copy();
            f.topicIds = List.of(GlobalId.encode(Topic.TYPE, topic.key()));
            return f;
        }).toList();
        return statements.findEach(scoped, orderBy, PageRequest.of(first, after)).stream()
                .map(StatementConnection::new).toList();
    }
}
