package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Node;

@Type("Actor")
@Description("Someone who speaks or acts in the news: a person, a ministry, a government, a company, a country.")
public class Actor implements Node {

    public static final String TYPE = "Actor";

    private final long key;
    private final String name;
    private final ActorKind kind;
    private final String description;
    private final String wikidataId;

    public Actor(long key, String name, ActorKind kind, String description, String wikidataId) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.wikidataId = wikidataId;
    }

    public long key() {
        return key;
    }

    @Id
    @NonNull
    @Override
    @Description("Opaque global ID.")
    public String getId() {
        return GlobalId.encode(TYPE, key);
    }

    @NonNull
    @Description("The actor's usual full name.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What kind of actor this is.")
    public ActorKind getKind() {
        return kind;
    }

    @Description("A short description: who or what this is.")
    public String getDescription() {
        return description;
    }

    @Description("Wikidata item (Q...) when known.")
    public String getWikidataId() {
        return wikidataId;
    }
}
