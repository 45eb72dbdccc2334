package io.stancegraph.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/**
 * One page of a connection: the rows, a cursor for each, whether more follow, and the exact total, counted only
 * when a client asks for it.
 */
public final class Page<T> {

    private final List<T> items;
    private final List<String> cursors;
    private final boolean hasNext;
    private final boolean hasPrevious;
    private final IntSupplier total;
    private Integer counted;

    private Page(List<T> items, List<String> cursors, boolean hasNext, boolean hasPrevious, IntSupplier total) {
        this.items = items;
        this.cursors = cursors;
        this.hasNext = hasNext;
        this.hasPrevious = hasPrevious;
        this.total = total;
    }

    /**
     * @param fetched up to {@code request.first() + 1} rows: the extra row only says that a next page exists
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> cursor, IntSupplier total) {
        List<T> items = fetched.size() > request.first() ? fetched.subList(0, request.first()) : fetched;
        return indexed(fetched, request, i -> cursor.apply(items.get(i)), total);
    }

    /** Like {@link #of}, with the cursor computed from the row's position in the page. */
    public static <T> Page<T> indexed(List<T> fetched, PageRequest request, IntFunction<String> cursorAt,
            IntSupplier total) {
        boolean more = fetched.size() > request.first();
        List<T> items = more ? fetched.subList(0, request.first()) : fetched;
        List<String> cursors = IntStream.range(0, items.size()).mapToObj(cursorAt).toList();
        return new Page<>(items, cursors, more, request.after() != null, total);
    }

    public List<T> items() {
        return items;
    }

    public String cursor(int i) {
        return cursors.get(i);
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious,
                cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }

    public synchronized int totalCount() {
        if (counted == null) {
            counted = total.getAsInt();
        }
        return counted;
    }
}
