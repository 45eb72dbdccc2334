package io.stancegraph.statement;

import static io.stancegraph.common.GraphQLClient.data;
import static io.stancegraph.common.GraphQLClient.dataAs;
import static io.stancegraph.common.GraphQLClient.vars;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.stancegraph.common.TestData;
import io.stancegraph.common.Tokens;

/** Documents and inputs shared by the statement mutation tests. */
final class StatementFixture {

    static final String BODY = "On Monday the minister said \"we will ban the vendor\" and warned \u00e9diteurs \u2014 again.";
    static final String QUOTE = "we will ban the vendor";
    /** What the tests read of a statement. */
    static final String STATEMENT = """
            id kind text cue attribution saidOn saidOnPrecision start end retracted retractionReason version
            article { id } speaker { id } onBehalfOf { id } respondsTo { id } mentions { id }
            stances { topic { id } label confidence }
            history { action by detail createdAt }""";
    static final String STATEMENT_FIELDS = "statement { " + STATEMENT + " } userErrors { code field message }";
    static final String RECORD = """
            mutation($input: RecordStatementInput!) { recordStatement(input: $input) { %s } }""".formatted(STATEMENT_FIELDS);
    static final String UPDATE = """
            mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { %s } }""".formatted(STATEMENT_FIELDS);
    static final String SET_STANCE = """
            mutation($input: SetStanceInput!) { setStance(input: $input) { %s } }""".formatted(STATEMENT_FIELDS);
    static final String REMOVE_STANCE = """
            mutation($input: RemoveStanceInput!) { removeStance(input: $input) { %s } }""".formatted(STATEMENT_FIELDS);
    static final String RETRACT = """
            mutation($input: RetractStatementInput!) { retractStatement(input: $input) { %s } }""".formatted(STATEMENT_FIELDS);
    static final String NODE = """
            query($id: ID!) { node(id: $id) { ... on Statement { %s } } }""".formatted(STATEMENT);
    /** Every table a statement mutation may write. */
    static final String[] TABLES = {"statement", "stance", "statement_mention", "revision"};

    private StatementFixture() {
    }

    static String slug() {
        return "stmt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long article(TestData data) {
        return data.article().body(BODY).publishedOn(LocalDate.parse("2021-03-20")).create();
    }

    /** A valid input: a DIRECT quote by the speaker in the article, at its offsets, no stances. */
    static Map<String, Object> input(long article, long speaker) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", TestData.id("Article", article));
        input.put("speakerId", TestData.id("Actor", speaker));
        input.put("kind", "DIRECT");
        input.put("text", QUOTE);
        input.put("start", BODY.indexOf(QUOTE));
        input.put("end", BODY.indexOf(QUOTE) + QUOTE.length());
        return input;
    }

    static Map<String, Object> stance(long topic, String label, Double confidence) {
        Map<String, Object> stance = new HashMap<>();
        stance.put("topicId", TestData.id("Topic", topic));
        stance.put("label", label);
        stance.put("confidence", confidence);
        return stance;
    }

    static JsonPath mutate(String document, Map<String, Object> input) {
        return dataAs(document, vars("input", input), Tokens.editor());
    }

    static JsonPath mutate(String document, Map<String, Object> input, String subject) {
        return dataAs(document, vars("input", input), Tokens.editor(subject));
    }

    /** The statement as node(id:) reads it, rooted at the statement. */
    static JsonPath read(String id) {
        return data(NODE, vars("id", id)).setRootPath("data.node");
    }

    /** The statement as node(id:) reads it, as a map to compare whole. */
    static Map<String, Object> snapshot(String id) {
        return data(NODE, vars("id", id)).getMap("node");
    }
}
