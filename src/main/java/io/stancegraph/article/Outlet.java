package io.stancegraph.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Node;

@Type("Outlet")
@Description("A publication that articles come from.")
public class Outlet implements Node {

    public static final String TYPE = "Outlet";

    private final long key;
    private final String name;
    private final String url;

    public Outlet(long key, String name, String url) {
        this.key = key;
        this.name = name;
        this.url = url;
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
    @Description("The outlet's name, e.g. 'The Korea Herald'.")
    public String getName() {
        return name;
    }

    @Description("Home page.")
    public String getUrl() {
        return url;
    }
}
