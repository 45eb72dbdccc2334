package io.stancegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.statement.DatePrecision;
import io.stancegraph.statement.StanceLabel;
import io.stancegraph.statement.StatementKind;

/** The seed folder's files (format: seeds/README.md), read from a folder or from the copy on the class path. */
final class SeedFiles {

    record Manifest(String topics, String actors, List<String> articles) {
    }

    record Topics(List<TopicSeed> topics) {
    }

    record TopicSeed(String slug, String name, String description) {
    }

    record Actors(List<ActorSeed> actors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActorSeed(String key, ActorKind kind, String name, List<String> aliases, String description,
            String wikidataId, List<AffiliationSeed> affiliations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AffiliationSeed(String organization, String role, LocalDate startedOn, LocalDate endedOn) {
    }

    record ArticleFile(ArticleSeed article, List<StatementSeed> statements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleSeed(String body, String url, String title, String outlet, String outletUrl, List<String> authors,
            LocalDate publishedOn, String language) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatementSeed(String key, String speaker, String onBehalfOf, String attribution, StatementKind kind,
            String text, Integer start, Integer end, String cue, LocalDate saidOn, DatePrecision saidOnPrecision,
            List<StanceSeed> stances, List<String> mentions, String respondsTo) {
    }

    record StanceSeed(String topic, StanceLabel label, Double confidence) {
    }

    private final Path folder;
    private final ObjectMapper json;

    /** @param folder null for the seeds packaged with the application */
    SeedFiles(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
    }

    <T> T read(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + name + ": " + e.getMessage(), e);
        }
    }

    String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + name + ": " + e.getMessage(), e);
        }
    }

    String where() {
        return folder == null ? "classpath:seeds/" : folder.toString();
    }

    private InputStream open(String name) throws IOException {
        if (name.contains("/") || name.contains("\\")) {
            throw new IOException("seed file names are plain names in the seed folder");
        }
        if (folder != null) {
            return Files.newInputStream(folder.resolve(name));
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("seeds/" + name);
        if (in == null) {
            throw new IOException("not found on the class path");
        }
        return in;
    }
}
