package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.code;
import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.errors;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;

/** StatementFilter: each list filter matches any of its values, filters combine with AND. */
@QuarkusTest
class StatementFilterTest {

    private static final String QUERY = """
            query($filter: StatementFilter) {
              statements(filter: $filter, first: 100) { totalCount nodes { text } }
            }""";

    @Inject
    TestData data;

    /**
     * Two outlets with one article each (a1 published 2020-05-10, a2 2020-07-20) and five statements; s5 is
     * retracted. Texts are the statement names ("s1".."s5") followed by words for the search tests.
     */
    record World(String a1, String a2, String o1, String o2, String person, String government, String company,
            String mentioned, String t1, String t2, String[] text) {

        Map<String, Object> scoped(Object... more) {
            Map<String, Object> filter = new HashMap<>(vars(more));
            filter.put("articleIds", List.of(a1, a2));
            return filter;
        }

        Set<String> texts(int... statements) {
            Set<String> out = new TreeSet<>();
            for (int s : statements) {
                out.add(text[s]);
            }
            return out;
        }
    }

    private World world() {
        long o1 = data.outlet(TestData.unique("Outlet"));
        long o2 = data.outlet(TestData.unique("Outlet"));
        long a1 = data.article().outlet(o1).publishedOn(LocalDate.of(2020, 5, 10)).create();
        long a2 = data.article().outlet(o2).publishedOn(LocalDate.of(2020, 7, 20)).create();
        long person = data.actor(TestData.unique("Person"), "PERSON");
        long government = data.actor(TestData.unique("Ministry"), "GOVERNMENT");
        long company = data.actor(TestData.unique("Company"), "COMPANY");
        long mentioned = data.actor(TestData.unique("Country"), "COUNTRY");
        long t1 = data.topic(TestData.uniqueSlug("filter"));
        long t2 = data.topic(TestData.uniqueSlug("filter"));
        String[] text = new String[6];
        text[1] = TestData.unique("s1") + " regulators are warning about espionage";
        text[2] = TestData.unique("s2") + " the ministry will review the vendor list";
        text[3] = TestData.unique("s3") + " the company denies the allegations";
        text[4] = TestData.unique("s4") + " the network must stay open";
        text[5] = TestData.unique("s5") + " a quote that was withdrawn";
        data.statement(a1).text(text[1]).speaker(person).kind("DIRECT").saidOn(LocalDate.of(2020, 5, 1))
                .stance(t1, "SUPPORT", 0.9).mention(mentioned).create();
        data.statement(a1).text(text[2]).speaker(government).kind("INDIRECT")
                .stance(t1, "OPPOSE", 0.8).stance(t2, "SUPPORT", 0.7).create();
        data.statement(a2).text(text[3]).speaker(company).kind("REPORTED").saidOn(LocalDate.of(2020, 7, 1))
                .stance(t2, "OPPOSE", 0.6).mention(mentioned).create();
        data.statement(a2).text(text[4]).speaker(person).kind("INDIRECT").create();
        long s5 = data.statement(a2).text(text[5]).kind("DIRECT").saidOn(LocalDate.of(2020, 6, 30))
                .stance(t1, "NEUTRAL", 0.5).create();
        data.retract(s5);
        return new World(TestData.id("Article", a1), TestData.id("Article", a2), TestData.id("Outlet", o1),
                TestData.id("Outlet", o2), TestData.id("Actor", person), TestData.id("Actor", government),
                TestData.id("Actor", company), TestData.id("Actor", mentioned), TestData.id("Topic", t1),
                TestData.id("Topic", t2), text);
    }

    private static void assertMatches(Set<String> expected, Map<String, Object> filter, String why) {
        JsonPath d = data(QUERY, vars("filter", filter));
        assertEquals(expected, new TreeSet<String>(d.getList("statements.nodes.text")), why + " (filter " + filter + ")");
        assertEquals(expected.size(), d.getInt("statements.totalCount"), "totalCount counts the matches: " + why);
    }

    @Test
    void articleIdsAloneGiveEveryLiveStatement() {
        World w = world();
        assertMatches(w.texts(1, 2, 3, 4), w.scoped(), "both articles, retracted s5 left out by default");
        assertMatches(w.texts(3, 4), Map.of("articleIds", List.of(w.a2())), "articleIds: only a2's statements");
        assertMatches(Set.of(), w.scoped("speakerIds", List.of()), "an empty list matches nothing");
    }

    @Test
    void speakerIdsAndKindsMatchAnyValue() {
        World w = world();
        assertMatches(w.texts(1, 3, 4), w.scoped("speakerIds", List.of(w.person(), w.company())),
                "speakerIds: statements by the person or the company");
        assertMatches(w.texts(2, 3), w.scoped("speakerKinds", List.of("GOVERNMENT", "COMPANY")),
                "speakerKinds: statements by a government or a company");
        assertMatches(w.texts(2, 3, 4), w.scoped("kinds", List.of("INDIRECT", "REPORTED")),
                "kinds: indirect or reported statements");
    }

    @Test
    void topicAndStanceFiltersApplyToTheSameStance() {
        World w = world();
        assertMatches(w.texts(2, 3), w.scoped("topicIds", List.of(w.t2())), "topicIds: stances on t2");
        assertMatches(w.texts(1, 2, 3), w.scoped("topicIds", List.of(w.t1(), w.t2())), "topicIds: stances on t1 or t2");
        assertMatches(w.texts(2, 3), w.scoped("stances", List.of("OPPOSE")), "stances: an OPPOSE stance on any topic");
        assertMatches(w.texts(3), w.scoped("stances", List.of("OPPOSE"), "topicIds", List.of(w.t2())),
                "stances with topicIds: OPPOSE on t2 itself (s2 opposes t1 and supports t2, so it does not match)");
        assertMatches(w.texts(1, 2), w.scoped("stances", List.of("SUPPORT", "NEUTRAL")),
                "stances: SUPPORT or NEUTRAL (NEUTRAL s5 is retracted)");
    }

    @Test
    void outletAndMentionFilters() {
        World w = world();
        assertMatches(w.texts(1, 2), w.scoped("outletIds", List.of(w.o1())), "outletIds: statements in o1's article");
        assertMatches(w.texts(1, 2, 3, 4), w.scoped("outletIds", List.of(w.o1(), w.o2())), "outletIds: o1 or o2");
        assertMatches(w.texts(1, 3), w.scoped("mentionIds", List.of(w.mentioned())), "mentionIds: statements mentioning the country");
    }

    @Test
    void filtersCombineWithAnd() {
        World w = world();
        assertMatches(w.texts(4), w.scoped("speakerIds", List.of(w.person()), "kinds", List.of("INDIRECT")),
                "the person's indirect statements");
        assertMatches(w.texts(1), w.scoped("mentionIds", List.of(w.mentioned()), "outletIds", List.of(w.o1())),
                "mentions the country and appears in o1");
        assertMatches(Set.of(), w.scoped("speakerKinds", List.of("COMPANY"), "topicIds", List.of(w.t1())),
                "no company statement has a stance on t1");
    }

    @Test
    void fromAndToAreInclusiveOnTheStatementOrArticleDate() {
        World w = world();
        assertMatches(w.texts(2, 3), w.scoped("from", "2020-05-10", "to", "2020-07-01"),
                "s2 (no saidOn, article 2020-05-10) and s3 (said 2020-07-01) are on the bounds; s5 is retracted");
        assertMatches(w.texts(4), w.scoped("from", "2020-07-20"), "s4 takes its article's date 2020-07-20");
        assertMatches(w.texts(1), w.scoped("to", "2020-05-09"),
                "s1 was said 2020-05-01 although its article is dated 2020-05-10");
    }

    @Test
    void includeRetractedAddsRetractedStatements() {
        World w = world();
        assertMatches(w.texts(1, 2, 3, 4, 5), w.scoped("includeRetracted", true), "includeRetracted: s5 too");
        assertMatches(w.texts(1, 2, 3, 4), w.scoped("includeRetracted", false), "includeRetracted false: s5 left out");
    }

    @Test
    void searchIsFullTextWithStemming() {
        World w = world();
        assertMatches(w.texts(1), w.scoped("search", "warned"), "'warned' finds 'warning' (same stem)");
        assertMatches(w.texts(3), w.scoped("search", "denied allegation"), "every word, in any form");
        assertMatches(Set.of(), w.scoped("search", "espionage -regulators"), "web search syntax: -word excludes");
    }

    @Test
    void relevanceOrderPutsTheBetterMatchFirst() {
        long article = data.article().create();
        String weak = TestData.unique("weak") + " a long remark on trade, tariffs, subsidies and one mention of sanctions";
        String strong = TestData.unique("strong") + " sanctions, more sanctions and sanctions again";
        data.statement(article).text(weak).saidOn(LocalDate.of(2021, 1, 1)).create();
        data.statement(article).text(strong).saidOn(LocalDate.of(2019, 1, 1)).create();
        Map<String, Object> filter = Map.of("articleIds", List.of(TestData.id("Article", article)), "search", "sanctions");
        JsonPath d = data("""
                query($filter: StatementFilter) {
                  statements(filter: $filter, orderBy: RELEVANCE, first: 10) { totalCount nodes { text } }
                }""", vars("filter", filter));
        assertEquals(List.of(strong, weak), d.getList("statements.nodes.text"),
                "RELEVANCE puts the statement saying 'sanctions' three times first, though the weak match is newer and was recorded first");
        assertEquals(2, d.getInt("statements.totalCount"));
    }

    @Test
    void anIdOfTheWrongTypeIsAValidationError() {
        World w = world();
        for (String field : List.of("topicIds", "speakerIds", "articleIds", "outletIds", "mentionIds")) {
            String wrong = field.equals("speakerIds") || field.equals("mentionIds") ? w.t1() : w.person();
            List<Map<String, Object>> errors = errors(QUERY, vars("filter", Map.of(field, List.of(wrong))));
            assertEquals("VALIDATION", code(errors.get(0)), field + " with an ID of another type is a client error: " + errors);
        }
    }
}
