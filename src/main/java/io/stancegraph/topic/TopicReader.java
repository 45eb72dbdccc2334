package io.stancegraph.topic;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Relevance;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;

/** Reads topics. */
@ApplicationScoped
public class TopicReader {

    private static final String COLUMNS = "t.id, t.slug, t.name, t.description";

    @Inject
    Db db;

    private static Topic map(Row r) throws SQLException {
        return new Topic(r.id(1), r.text(2), r.text(3), r.text(4));
    }

    public Map<Long, Topic> byKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return db.list(new Sql("select " + COLUMNS + " from topic t where t.id = any(?)", Sql.keys(keys)), TopicReader::map)
                .stream().collect(Collectors.toMap(Topic::key, t -> t));
    }

    public Topic byKey(long key) {
        return byKeys(List.of(key)).get(key);
    }

    public Topic bySlug(String slug) {
        return db.one(new Sql("select " + COLUMNS + " from topic t where t.slug = lower(?)", slug.strip()), TopicReader::map);
    }

    /** Topics by slug; with a search, best match first. */
    public Page<Topic> find(String search, PageRequest page) {
        String q = search == null || search.isBlank() ? null : search.strip();
        Sql where = new Sql(" where true");
        if (q != null) {
            where.add(" and t.search_vector @@ websearch_to_tsquery('english', ?)", q);
        }
        Sql count = new Sql("select count(*) from topic t").add(where);
        Sql sql = new Sql("select " + COLUMNS + " from topic t").add(where);
        if (q != null) {
            return Relevance.page(db, sql.add(" order by ts_rank(t.search_vector, websearch_to_tsquery('english', ?)) desc, t.id", q),
                    page, TopicReader::map, () -> db.count(count));
        }
        if (page.after() != null) {
            sql.add(" and t.slug > ?", Cursor.decode(page.after(), 1).get(0));
        }
        sql.add(" order by t.slug limit ?", page.first() + 1);
        return Page.of(db.list(sql, TopicReader::map), page, t -> Cursor.encode(t.getSlug()), () -> db.count(count));
    }
}
