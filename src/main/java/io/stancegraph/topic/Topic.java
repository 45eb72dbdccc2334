package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Node;

@Type("Topic")
@Description("An issue actors take sides on, framed as a proposition.")
public class Topic implements Node {

    public static final String TYPE = "Topic";

    private final long key;
    private final String slug;
    private final String name;
    private final String description;

    public Topic(long key, String slug, String name, String description) {
        this.key = key;
        this.slug = slug;
        this.name = name;
        this.description = description;
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
    @Description("Stable, URL-safe name, e.g. 'huawei-5g-exclusion'.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("Display name.")
    public String getName() {
        return name;
    }

    @Description("The proposition that SUPPORT and OPPOSE refer to.")
    public String getDescription() {
        return description;
    }
}
