package io.stancegraph.seed;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The dashboard questions, answered from the two seed articles loaded at start-up. */
@QuarkusTest
class SeedQuestionsTest {

    @Test
    void whoSaidWhatAboutHuaweiInDateOrder() {
        JsonPath d = data("""
                query($slug: String) {
                  topic(slug: $slug) {
                    statements(orderBy: OLDEST_FIRST, first: 100) {
                      totalCount
                      nodes { text saidOn speaker { name } article { publishedOn } stances { label topic { slug } } }
                    }
                  }
                }""", vars("slug", "huawei-5g-exclusion"));
        List<Map<String, Object>> rows = d.getList("topic.statements.nodes");
        assertEquals(d.getInt("topic.statements.totalCount"), rows.size(), "one page holds every statement on the topic");
        assertTrue(rows.size() >= 20, "both articles contribute statements on Huawei, got " + rows.size());
        assertEquals("Trump administration", d.getString("topic.statements.nodes[0].speaker.name"),
                "the May 2019 blacklisting is the earliest statement");
        assertEquals("2019-05-01", d.getString("topic.statements.nodes[0].saidOn"));
        String previous = "";
        for (int i = 0; i < rows.size(); i++) {
            String day = d.getString("topic.statements.nodes[" + i + "].saidOn");
            String effective = day != null ? day : d.getString("topic.statements.nodes[" + i + "].article.publishedOn");
            assertTrue(effective.compareTo(previous) >= 0, "dates never go backwards: " + effective + " after " + previous);
            previous = effective;
        }
    }

    @Test
    void harrisQuotesIncludeTheForumWords() {
        JsonPath d = data("""
                query($name: String) {
                  actor(name: $name) {
                    name kind
                    statements(filter: { kinds: [DIRECT] }, first: 50) { nodes { text cue saidOn attribution } }
                  }
                }""", vars("name", "harris"));
        assertEquals("Harry Harris", d.getString("actor.name"));
        assertEquals("PERSON", d.getString("actor.kind"));
        List<String> quotes = d.getList("actor.statements.nodes.text");
        assertTrue(quotes.contains("trustworthy system provider"), "the partial quote of June 5: " + quotes);
        assertTrue(quotes.stream().anyMatch(q -> q.startsWith("Decisions made today regarding 5G networks")), "" + quotes);
    }

    @Test
    void southKoreaStaysNeutralOverTime() {
        String query = """
                query($name: String, $asOf: Date) {
                  actor(name: $name) { positions(asOf: $asOf, rollUp: true) { label topic { slug } statementCount } }
                }""";
        for (String day : List.of("2019-06-30", "2020-12-31")) {
            JsonPath d = data(query, vars("name", "Seoul", "asOf", day));
            List<Map<String, Object>> positions = d.getList("actor.positions");
            Map<String, Object> huawei = positions.stream()
                    .filter(p -> ((Map<?, ?>) p.get("topic")).get("slug").equals("huawei-5g-exclusion")).findFirst()
                    .orElseThrow(() -> new AssertionError("South Korea has a position on Huawei by " + day));
            assertEquals("NEUTRAL", huawei.get("label"), "Seoul leaves the choice to the operators, as of " + day);
        }
        JsonPath before = data(query, vars("name", "South Korea", "asOf", "2019-06-30"));
        JsonPath after = data(query, vars("name", "South Korea", "asOf", "2020-12-31"));
        assertTrue(after.getInt("actor.positions[0].statementCount") > before.getInt("actor.positions[0].statementCount"),
                "the 2020 statements add to the 2019 ones");
    }

    @Test
    void theUnitedKingdomShiftsFromNeutralToSupport() {
        JsonPath d = data("""
                query($name: String) {
                  uk: actor(name: $name) { id }
                  stanceShifts(first: 100) {
                    nodes { actor { id name } topic { slug } fromLabel toLabel shiftedOn fromStatement { text } toStatement { text } }
                  }
                }""", vars("name", "U.K."));
        List<Map<String, Object>> shifts = d.getList("stanceShifts.nodes");
        Map<String, Object> uk = shifts.stream()
                .filter(s -> ((Map<?, ?>) s.get("actor")).get("id").equals(d.getString("uk.id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no shift for the U.K. in " + shifts));
        assertEquals("NEUTRAL", uk.get("fromLabel"));
        assertEquals("SUPPORT", uk.get("toLabel"));
        assertEquals("huawei-5g-exclusion", ((Map<?, ?>) uk.get("topic")).get("slug"));
        assertTrue(((String) ((Map<?, ?>) uk.get("toStatement")).get("text")).contains("banned Huawei"));
    }

    @Test
    void harrisAnswersCheongWaDae() {
        JsonPath d = data("""
                query($name: String) {
                  actor(name: $name) {
                    statements(first: 50) { nodes { text respondsTo { speaker { name } } onBehalfOf { name } } }
                  }
                }""", vars("name", "Harris"));
        List<Map<String, Object>> rows = d.getList("actor.statements.nodes");
        assertTrue(rows.stream().anyMatch(r -> r.get("respondsTo") != null
                && "Cheong Wa Dae".equals(((Map<?, ?>) ((Map<?, ?>) r.get("respondsTo")).get("speaker")).get("name"))),
                "Harris disagrees with Cheong Wa Dae's statement: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.get("onBehalfOf") != null), "the ambassador speaks for his country");
    }
}
