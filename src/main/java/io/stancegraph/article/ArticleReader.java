package io.stancegraph.article;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.common.ApiException;
import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Relevance;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;
import io.stancegraph.common.Totals;

/** Reads articles and outlets. */
@ApplicationScoped
public class ArticleReader {

    /** Newest-first sort key; undated articles sort last. */
    private static final String NEWEST = "coalesce(a.published_on, '-infinity'::date)";
    /** Without the body: lists and statement pages rarely ask for it, and it is most of an article's bytes. */
    private static final String COLUMNS = "a.id, a.url, a.title, a.outlet_id, a.authors, a.published_on, a.language";

    @Inject
    Db db;

    private static Article map(Row r) throws SQLException {
        return new Article(r.id(1), r.text(2), r.text(3), r.nullableId(4), r.texts(5), r.date(6), r.text(7));
    }

    private static Outlet mapOutlet(Row r) throws SQLException {
        return new Outlet(r.id(1), r.text(2), r.text(3));
    }

    public Map<Long, Article> byKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return db.list(new Sql("select " + COLUMNS + " from article a where a.id = any(?)", Sql.keys(keys)),
                ArticleReader::map).stream().collect(Collectors.toMap(Article::key, a -> a));
    }

    public Map<Long, String> bodies(Collection<Long> keys) {
        record Body(long key, String text) {
        }
        return db.list(new Sql("select id, body from article where id = any(?)", Sql.keys(keys)),
                r -> new Body(r.id(1), r.text(2))).stream().collect(Collectors.toMap(Body::key, Body::text));
    }

    public Article byUrl(String url) {
        return db.one(new Sql("select " + COLUMNS + " from article a where a.canonical_url = ? or a.url = ?"
                + " order by (a.canonical_url = ?) desc limit 1", CanonicalUrl.of(url), url, CanonicalUrl.of(url)),
                ArticleReader::map);
    }

    /** Each article's outlet (null where it has none), in the articles' order. */
    public List<Outlet> outletsOf(List<Article> list) {
        Map<Long, Outlet> byKey = outletsByKeys(
                list.stream().map(Article::outletKey).filter(Objects::nonNull).distinct().toList());
        return list.stream().map(a -> a.outletKey() == null ? null : byKey.get(a.outletKey())).toList();
    }

    public Map<Long, Outlet> outletsByKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return db.list(new Sql("select id, name, url from outlet where id = any(?)", Sql.keys(keys)),
                ArticleReader::mapOutlet).stream().collect(Collectors.toMap(Outlet::key, o -> o));
    }

    public Page<Outlet> outlets(PageRequest page) {
        Sql sql = new Sql("select id, name, url from outlet where true");
        if (page.after() != null) {
            sql.add(" and id > ?", Cursor.longPart(Cursor.decode(page.after(), 1).get(0), page.after()));
        }
        sql.add(" order by id limit ?", page.first() + 1);
        return Page.of(db.list(sql, ArticleReader::mapOutlet), page, o -> Cursor.encode(o.key()),
                () -> db.count(new Sql("select count(*) from outlet")));
    }

    /**
     * Articles newest first (undated last); with a search, best match first. {@code outletKeys} null means every
     * outlet.
     */
    public Page<Article> find(String search, long[] outletKeys, LocalDate from, LocalDate to, PageRequest page) {
        String q = search == null || search.isBlank() ? null : search.strip();
        if (from != null && to != null && from.isAfter(to)) {
            throw new ApiException("from (" + from + ") is after to (" + to + ")");
        }
        Sql where = new Sql(" where true");
        if (q != null) {
            where.add(" and a.search_vector @@ websearch_to_tsquery('english', ?)", q);
        }
        if (outletKeys != null) {
            where.add(" and a.outlet_id = any(?)", outletKeys);
        }
        if (from != null) {
            where.add(" and a.published_on >= ?", from);
        }
        if (to != null) {
            where.add(" and a.published_on <= ?", to);
        }
        Sql count = new Sql("select count(*) from article a").add(where);
        if (q != null) {
            return Relevance.page(db, new Sql("select " + COLUMNS + " from article a").add(where)
                    .add(" order by ts_rank(a.search_vector, websearch_to_tsquery('english', ?)) desc, a.id", q),
                    page, ArticleReader::map, () -> db.count(count));
        }
        Sql sql = seek(new Sql("select " + COLUMNS + " from article a").add(where), page);
        sql.add(" order by " + NEWEST + " desc, a.id limit ?", page.first() + 1);
        return Page.of(db.list(sql, ArticleReader::map), page, ArticleReader::cursor, () -> db.count(count));
    }


    /** Each outlet's articles, newest first: every page in one SQL statement, every total in one more. */
    public Map<Long, Page<Article>> byOutlets(List<Long> outlets, PageRequest page) {
        Sql sql = seek(new Sql("select " + COLUMNS.replace("a.", "") + " from (select " + COLUMNS + ", row_number() over"
                + " (partition by a.outlet_id order by " + NEWEST + " desc, a.id) as n from article a"
                + " where a.outlet_id = any(?)", Sql.keys(outlets)), page);
        sql.add(") ranked where n <= ? order by outlet_id, n", page.first() + 1);
        Map<Long, List<Article>> byOutlet = db.list(sql, ArticleReader::map).stream()
                .collect(Collectors.groupingBy(Article::outletKey));
        Totals totals = new Totals(db, new Sql("select outlet_id, count(*)::int from article where outlet_id = any(?)"
                + " group by outlet_id", Sql.keys(outlets)));
        Map<Long, Page<Article>> out = new java.util.LinkedHashMap<>();
        for (long outlet : outlets) {
            out.put(outlet, Page.of(byOutlet.getOrDefault(outlet, List.of()), page,
                    ArticleReader::cursor, () -> totals.of(outlet)));
        }
        return out;
    }

    /** Seeks past the cursor in newest-first order (appended to a WHERE clause). */
    private static Sql seek(Sql sql, PageRequest page) {
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 2);
            String day = Cursor.datePart(parts.get(0), page.after());
            // the first bound is what the index can seek to; the second only drops the cursor's own day up to its id
            sql.add(" and " + NEWEST + " <= ?::date and (" + NEWEST + " < ?::date or a.id > ?)",
                    day, day, Cursor.longPart(parts.get(1), page.after()));
        }
        return sql;
    }

    private static String cursor(Article a) {
        return Cursor.encode(a.getPublishedOn() == null ? "-infinity" : a.getPublishedOn().toString(), a.key());
    }

    public static long[] outletKeys(List<String> ids) {
        return GlobalId.requireKeys(Outlet.TYPE, ids, "outletIds");
    }
}
