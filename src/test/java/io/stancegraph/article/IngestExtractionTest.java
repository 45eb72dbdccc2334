package io.stancegraph.article;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** ingestArticle(extract: true): statements found in the text, linked to actors, marked EXTRACTED, never twice. */
@QuarkusTest
class IngestExtractionTest {

    private static final String INGEST = """
            mutation($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created
                article { id body }
                extracted {
                  id kind text start end cue attribution saidOn saidOnPrecision
                  speaker { id name kind aliases }
                  history { action by }
                }
                userErrors { code message }
              }
            }""";

    /** A surname no other test uses, written as names are: letters only. */
    private static String surname(String base) {
        StringBuilder sb = new StringBuilder(base);
        java.util.concurrent.ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    private static JsonPath ingest(String url, String body) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", url);
        input.put("title", TestData.unique("Extraction"));
        input.put("publishedOn", "2019-06-13");
        input.put("body", body);
        input.put("extract", true);
        return dataAs(INGEST, vars("input", input), Tokens.editor("extractor-test"))
                .setRootPath("data.ingestArticle");
    }

    @Test
    void quotesAreRecordedWithSpeakersLinkedToKnownActorsAndMarkedExtracted() {
        String newcomer = "Zoe " + surname("Quill");
        String body = "US Ambassador to South Korea Harry Harris said on June 5 that the choice mattered.\n\n"
                + "“Decisions made today will have security implications for decades,” Harris said.\n\n"
                + "Analyst " + newcomer + " disagreed. “The risk is overstated,” she said.";
        JsonPath d = ingest("https://news.example/extract/" + UUID.randomUUID(), body);
        assertTrue(d.getBoolean("created"));
        List<Map<String, Object>> found = d.getList("extracted");
        assertTrue(found.size() >= 3, "the reported clause and both quotes: " + found);
        String harris = data("{ actor(name: \"Harry Harris\") { id } }").getString("actor.id");
        for (int i = 0; i < found.size(); i++) {
            String path = "extracted[" + i + "].";
            int start = d.getInt(path + "start");
            int end = d.getInt(path + "end");
            assertEquals(body.substring(start, end), d.getString(path + "text"), "offsets index the stored body");
            assertEquals(List.of("EXTRACTED"), d.getList(path + "history.action"), "marked as extracted");
            assertEquals("extractor-test", d.getString(path + "history[0].by"));
        }
        Map<String, Object> quote = found.stream().filter(s -> ((String) s.get("text")).startsWith("Decisions made"))
                .findFirst().orElseThrow();
        assertEquals("DIRECT", quote.get("kind"));
        assertEquals(harris, ((Map<?, ?>) quote.get("speaker")).get("id"), "Harris is the seeded Harry Harris");
        Map<String, Object> reported = found.stream().filter(s -> "INDIRECT".equals(s.get("kind"))).findFirst().orElseThrow();
        assertEquals("2019-06-05", reported.get("saidOn"), "the date the text gives, not the article's");
        Map<String, Object> hers = found.stream().filter(s -> ((String) s.get("text")).startsWith("The risk")).findFirst()
                .orElseThrow();
        assertEquals(newcomer, ((Map<?, ?>) hers.get("speaker")).get("name"), "'she' is the analyst just named");
        assertEquals("PERSON", ((Map<?, ?>) hers.get("speaker")).get("kind"));
    }

    @Test
    void reingestingNeverDuplicatesAndTwoArticlesShareOneNewActor() {
        String person = "Orla " + surname("Venn");
        String url = "https://news.example/extract/" + UUID.randomUUID();
        String body = "“We will appeal the ruling,” said " + person + ", the company's lawyer.";
        JsonPath first = ingest(url, body);
        JsonPath again = ingest(url, body);
        assertFalse(again.getBoolean("created"));
        assertEquals(first.getList("extracted.id"), again.getList("extracted.id"), "the same statements, not new ones");
        JsonPath second = ingest("https://news.example/extract/" + UUID.randomUUID(),
                person + " said the appeal would be filed on Monday.");
        String speakerFirst = first.getString("extracted[0].speaker.id");
        assertEquals(speakerFirst, second.getString("extracted[0].speaker.id"), "one actor for one person across articles");
        JsonPath statements = data("""
                query($id: ID!) { node(id: $id) { ... on Article { statements { id } } } }""",
                vars("id", first.getString("article.id")));
        assertEquals(1, statements.getList("node.statements").size(), "one statement stored for the article");
    }
}
