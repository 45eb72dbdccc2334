package io.stancegraph.common;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * Pages of full-text results in rank order. Ranks are floats that tie and change with the text, so these cursors
 * carry the position instead of a sort key.
 */
public final class Relevance {

    private Relevance() {
    }

    /** Runs {@code ordered} (a query ending in its ORDER BY) for one page. */
    public static <T> Page<T> page(Db db, Sql ordered, PageRequest page, Db.RowMapper<T> mapper, IntSupplier total) {
        return page(db.list(limit(ordered, page), mapper), page, total);
    }

    /** Adds the page's LIMIT and OFFSET to a ranked query. */
    public static Sql limit(Sql ordered, PageRequest page) {
        return ordered.add(" limit ? offset ?", page.first() + 1, offset(page));
    }

    /** A page of rows fetched with {@link #limit}. */
    public static <T> Page<T> page(List<T> rows, PageRequest page, IntSupplier total) {
        int offset = offset(page);
        return Page.indexed(rows, page, i -> Cursor.encode("r", offset + i + 1), total);
    }

    private static int offset(PageRequest page) {
        return page.after() == null ? 0 : (int) Cursor.longPart(Cursor.decode(page.after(), 2).get(1), page.after());
    }
}
