package io.stancegraph.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema is the committed {@code schema.graphql}: a change to the API shows up in review as a change to
 * that file. Run with {@code -DupdateSchemaSnapshot=true} to rewrite it after an intended change.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("schema.graphql");

    private static String served() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void servedSchemaMatchesTheCommittedSnapshot() throws IOException {
        String served = served();
        if (Boolean.getBoolean("updateSchemaSnapshot")) {
            Files.writeString(SNAPSHOT, served);
        }
        assertTrue(Files.exists(SNAPSHOT), "schema.graphql is missing: run the tests with -DupdateSchemaSnapshot=true");
        assertEquals(Files.readString(SNAPSHOT), served,
                "the served schema changed: review the difference, then rerun with -DupdateSchemaSnapshot=true");
    }

    @Test
    void everyTypeFieldArgumentAndValueIsDescribed() {
        Document sdl = Parser.parse(served());
        List<String> missing = new ArrayList<>();
        sdl.getDefinitions().forEach(d -> {
            if (d instanceof ObjectTypeDefinition t) {
                check(t.getName(), t.getDescription(), missing);
                t.getFieldDefinitions().forEach(f -> field(t.getName(), f, missing));
            } else if (d instanceof InterfaceTypeDefinition t) {
                check(t.getName(), t.getDescription(), missing);
                t.getFieldDefinitions().forEach(f -> field(t.getName(), f, missing));
            } else if (d instanceof InputObjectTypeDefinition t) {
                check(t.getName(), t.getDescription(), missing);
                t.getInputValueDefinitions().forEach(v -> check(t.getName() + "." + v.getName(), v.getDescription(), missing));
            } else if (d instanceof EnumTypeDefinition t) {
                check(t.getName(), t.getDescription(), missing);
                t.getEnumValueDefinitions().forEach(v -> check(t.getName() + "." + v.getName(), v.getDescription(), missing));
            }
        });
        assertEquals(List.of(), missing, "schema elements without a description");
    }

    private static void field(String type, FieldDefinition f, List<String> missing) {
        check(type + "." + f.getName(), f.getDescription(), missing);
        for (InputValueDefinition arg : f.getInputValueDefinitions()) {
            check(type + "." + f.getName() + "(" + arg.getName() + ")", arg.getDescription(), missing);
        }
    }

    private static void check(String element, Description description, List<String> missing) {
        if (description == null || description.getContent().isBlank()) {
            missing.add(element);
        }
    }
}
