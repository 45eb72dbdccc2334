package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/**
 * Relay paging of {@code statements}: walking page by page gives every statement once, in the documented order
 * (date desc resp. asc, the article's date when the statement has none, undated last, same day in creation order).
 */
@QuarkusTest
class StatementPagingTest {

    private static final String PAGE = """
            query($filter: StatementFilter, $order: StatementOrder, $first: Int, $after: String) {
              statements(filter: $filter, orderBy: $order, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id text saidOn } }
              }
            }""";

    /** saidOn of the statements in the dated article (published 2020-06-15), in creation order; null: no saidOn. */
    private static final String[] SAID_ON = {"2020-03-01", null, "2020-06-15", "2019-11-30", "2020-03-01", null,
        "2021-01-10", "2020-06-15", "2019-11-30", "2020-03-01", null, "2020-08-01", "2019-01-01", "2020-03-01",
        "2020-06-15", "2021-01-10", "2018-05-05", null, "2020-03-01"};
    private static final int UNDATED = 4;
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 6, 15);

    @Inject
    TestData data;

    /** The 23 statements in creation order, with the date they sort by (null: undated). */
    record Created(String text, LocalDate sortDate) {
    }

    record Fixture(Map<String, Object> filter, List<Created> created) {
    }

    /** 19 statements in an article published 2020-06-15 and 4 undated ones in an article without a date. */
    private Fixture fixture() {
        long dated = data.article().publishedOn(PUBLISHED).create();
        long undated = data.article().publishedOn(null).create();
        List<Created> created = new ArrayList<>();
        for (int i = 0; i < SAID_ON.length; i++) {
            LocalDate day = SAID_ON[i] == null ? null : LocalDate.parse(SAID_ON[i]);
            String text = TestData.unique("Paged statement " + i);
            data.statement(dated).text(text).saidOn(day).create();
            created.add(new Created(text, day == null ? PUBLISHED : day));
        }
        for (int i = 0; i < UNDATED; i++) {
            String text = TestData.unique("Undated statement " + i);
            data.statement(undated).text(text).create();
            created.add(new Created(text, null));
        }
        return new Fixture(Map.of("articleIds", List.of(TestData.id("Article", dated), TestData.id("Article", undated))),
                created);
    }

    /** Expected order: by date (desc or asc), undated last, ties in creation order (a stable sort keeps it). */
    private static List<String> expected(List<Created> created, boolean newestFirst) {
        Comparator<LocalDate> byDay = newestFirst ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return created.stream().sorted(Comparator.comparing(Created::sortDate, Comparator.nullsLast(byDay)))
                .map(Created::text).toList();
    }

    @Test
    void walksNewestFirstPageByPage() {
        walk("NEWEST_FIRST", true);
    }

    @Test
    void walksOldestFirstPageByPage() {
        walk("OLDEST_FIRST", false);
    }

    private void walk(String order, boolean newestFirst) {
        Fixture f = fixture();
        int total = f.created().size();
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            JsonPath d = data(PAGE, vars("filter", f.filter(), "order", order, "first", 5, "after", after));
            List<String> texts = d.getList("statements.edges.node.text");
            boolean last = seen.size() + texts.size() == total;
            assertEquals(total, d.getInt("statements.totalCount"), order + " page " + page + ": totalCount is exact on every page");
            assertEquals(Math.min(5, total - seen.size()), texts.size(), order + " page " + page + ": a full page of 5 until the rest");
            assertEquals(!last, d.getBoolean("statements.pageInfo.hasNextPage"),
                    order + " page " + page + ": hasNextPage is false only on the last page");
            assertEquals(after != null, d.getBoolean("statements.pageInfo.hasPreviousPage"),
                    order + " page " + page + ": hasPreviousPage is true after a cursor");
            List<String> cursors = d.getList("statements.edges.cursor");
            assertEquals(cursors.get(cursors.size() - 1), d.getString("statements.pageInfo.endCursor"),
                    "endCursor is the last edge's cursor");
            seen.addAll(texts);
            if (last) {
                break;
            }
            after = d.getString("statements.pageInfo.endCursor");
            assertNotNull(after, "a page with a next page has an endCursor");
        }
        assertEquals(total, seen.stream().distinct().count(), order + ": every statement exactly once, got " + seen);
        assertEquals(expected(f.created(), newestFirst), seen,
                order + ": date order, the article's date for statements without saidOn, undated last,"
                        + " same day in creation order");
    }

    @Test
    void firstZeroGivesNoEdgesButTheTotal() {
        Fixture f = fixture();
        JsonPath d = data(PAGE, vars("filter", f.filter(), "first", 0));
        assertEquals(List.of(), d.getList("statements.edges"), "first: 0 returns no edges");
        assertEquals(23, d.getInt("statements.totalCount"), "first: 0 still counts every matching statement");
        assertTrue(d.getBoolean("statements.pageInfo.hasNextPage"), "first: 0 leaves every statement on a next page");
    }

    @Test
    void defaultPageSizeIsTwenty() {
        Fixture f = fixture();
        JsonPath d = data("""
                query($filter: StatementFilter) {
                  statements(filter: $filter) { totalCount pageInfo { hasNextPage } edges { node { text } } }
                }""", vars("filter", f.filter()));
        assertEquals(20, d.getList("statements.edges").size(), "without first, a page holds 20 statements");
        assertTrue(d.getBoolean("statements.pageInfo.hasNextPage"), "23 statements do not fit the default page");
        assertEquals(expected(f.created(), true).subList(0, 20), d.getList("statements.edges.node.text"),
                "the default order is NEWEST_FIRST");
    }

    @Test
    void pageSizeOutsideZeroToHundredIsAValidationError() {
        Fixture f = fixture();
        for (int first : Arrays.asList(101, -1)) {
            List<Map<String, Object>> errors = errors(PAGE, vars("filter", f.filter(), "first", first));
            assertEquals("VALIDATION", code(errors.get(0)), "first: " + first + " is outside 0..100: " + errors);
        }
        JsonPath ok = data(PAGE, vars("filter", f.filter(), "first", 100));
        assertEquals(23, ok.getList("statements.edges").size(), "first: 100 is allowed");
    }

    @Test
    void aCursorThisServiceDidNotIssueIsAValidationError() {
        Fixture f = fixture();
        for (String after : List.of("garbage", "Z2FyYmFnZQ")) {
            List<Map<String, Object>> errors = errors(PAGE, vars("filter", f.filter(), "first", 5, "after", after));
            assertEquals("VALIDATION", code(errors.get(0)), "after: '" + after + "' is no cursor: " + errors);
        }
    }
}
