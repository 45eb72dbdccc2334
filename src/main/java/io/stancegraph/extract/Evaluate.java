package io.stancegraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores the extractor on a folder of annotated articles in the seed format (seeds/README.md): precision, recall
 * and F1 for DIRECT and INDIRECT spans (a found span matches a gold one of its kind when they overlap by at least
 * half of the longer), and speaker accuracy on matched spans.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=io.stancegraph.extract.Evaluate -Dexec.args="eval/dev [--verbose]"</pre>
 * Several folders print each, then all of them pooled (counts summed before the ratios).
 */
public final class Evaluate {

    record Gold(Extraction.Kind kind, int start, int end, String text, Set<String> speakerNames) {
    }

    static final class Score {
        int gold;
        int found;
        int matched;
        int speakerRight;

        double precision() {
            return found == 0 ? 0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakerRight / matched;
        }

        Score plus(Score other) {
            Score sum = new Score();
            sum.gold = gold + other.gold;
            sum.found = found + other.found;
            sum.matched = matched + other.matched;
            sum.speakerRight = speakerRight + other.speakerRight;
            return sum;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Path> folders = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (folders.isEmpty()) {
            System.err.println("usage: Evaluate FOLDER... [--verbose]   (several folders: each, then all pooled)");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("--verbose");
        Map<Extraction.Kind, Score> pooled = new EnumMap<>(Extraction.Kind.class);
        for (Path folder : folders) {
            Map<Extraction.Kind, Score> scores = evaluate(folder, verbose);
            double rate = throughput(folder, 20);
            System.out.printf(Locale.ROOT, "%s: %d articles; extraction alone: %.0f articles/s (%.2f ms each, %d rounds after warm-up)%n",
                    folder, articles(folder), rate, 1000 / rate, 20);
            print(scores);
            scores.forEach((kind, s) -> pooled.merge(kind, s, Score::plus));
        }
        if (folders.size() > 1) {
            System.out.printf("pooled over %d folders:%n", folders.size());
            print(pooled);
        }
    }

    private static void print(Map<Extraction.Kind, Score> scores) {
        System.out.printf("%-9s %5s %6s %8s %10s %7s %6s %12s%n", "kind", "gold", "found", "matched", "precision",
                "recall", "F1", "speaker-acc");
        for (Map.Entry<Extraction.Kind, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            System.out.printf(Locale.ROOT, "%-9s %5d %6d %8d %10.3f %7.3f %6.3f %12.3f%n", e.getKey(), s.gold, s.found,
                    s.matched, s.precision(), s.recall(), s.f1(), s.speakerAccuracy());
        }
    }

    private static int articles(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("articles").size();
    }

    /** Articles per second through the extractor alone (no database), after a warm-up pass. */
    private static double throughput(Path folder, int rounds) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (JsonNode name : json.readTree(folder.resolve("manifest.json").toFile()).get("articles")) {
            JsonNode article = json.readTree(folder.resolve(name.asText()).toFile()).get("article");
            bodies.add(Files.readString(folder.resolve(article.get("body").asText())));
        }
        QuoteExtractor extractor = new QuoteExtractor();
        bodies.forEach(b -> extractor.extract(b, null));
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            bodies.forEach(b -> extractor.extract(b, null));
        }
        return rounds * bodies.size() / ((System.nanoTime() - start) / 1e9);
    }

    static Map<Extraction.Kind, Score> evaluate(Path folder, boolean verbose) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(folder.resolve("manifest.json").toFile());
        Map<String, Set<String>> actorNames = actorNames(json.readTree(folder.resolve(manifest.get("actors").asText()).toFile()));
        Map<Extraction.Kind, Score> scores = new EnumMap<>(Extraction.Kind.class);
        for (Extraction.Kind k : Extraction.Kind.values()) {
            scores.put(k, new Score());
        }
        QuoteExtractor extractor = new QuoteExtractor();
        for (JsonNode name : manifest.get("articles")) {
            JsonNode file = json.readTree(folder.resolve(name.asText()).toFile());
            JsonNode article = file.get("article");
            String body = Files.readString(folder.resolve(article.get("body").asText()));
            LocalDate published = article.hasNonNull("publishedOn") ? LocalDate.parse(article.get("publishedOn").asText()) : null;
            List<Gold> gold = new ArrayList<>();
            for (JsonNode s : file.get("statements")) {
                String kind = s.get("kind").asText();
                if ((kind.equals("DIRECT") || kind.equals("INDIRECT")) && s.hasNonNull("start")) {
                    String speaker = s.hasNonNull("speaker") ? s.get("speaker").asText() : null;
                    gold.add(new Gold(Extraction.Kind.valueOf(kind), s.get("start").asInt(), s.get("end").asInt(),
                            s.get("text").asText(), speaker == null ? Set.of() : actorNames.getOrDefault(speaker, Set.of(speaker))));
                }
            }
            List<Extraction> found = extractor.extract(body, published);
            for (Extraction.Kind kind : Extraction.Kind.values()) {
                score(name.asText(), kind, gold.stream().filter(g -> g.kind() == kind).toList(),
                        found.stream().filter(f -> f.kind() == kind).toList(), scores.get(kind), verbose);
            }
        }
        return scores;
    }

    private static void score(String article, Extraction.Kind kind, List<Gold> gold, List<Extraction> found, Score s,
            boolean verbose) {
        s.gold += gold.size();
        s.found += found.size();
        Set<Integer> usedGold = new HashSet<>();
        for (Extraction f : found) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < gold.size(); i++) {
                Gold g = gold.get(i);
                int overlap = Math.min(f.end(), g.end()) - Math.max(f.start(), g.start());
                int longer = Math.max(f.end() - f.start(), g.end() - g.start());
                if (!usedGold.contains(i) && overlap * 2 >= longer && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                if (verbose) {
                    System.out.printf("  %s %s extra: \"%s\" [%s]%n", article, kind, cut(f.text()), name(f.speaker()));
                }
                continue;
            }
            usedGold.add(best);
            s.matched++;
            Gold g = gold.get(best);
            if (speakerMatches(f.speaker(), g.speakerNames())) {
                s.speakerRight++;
            } else if (verbose) {
                System.out.printf("  %s %s speaker: \"%s\" found %s, gold %s%n", article, kind, cut(f.text()),
                        name(f.speaker()), g.speakerNames());
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!usedGold.contains(i) && verbose) {
                System.out.printf("  %s %s missed: \"%s\" %s%n", article, kind, cut(gold.get(i).text()),
                        gold.get(i).speakerNames());
            }
        }
    }

    static boolean speakerMatches(Speaker found, Set<String> goldNames) {
        if (found == null || goldNames.isEmpty()) {
            return found == null && goldNames.isEmpty();
        }
        Set<String> names = new HashSet<>();
        names.add(norm(found.name()));
        found.aliases().forEach(a -> names.add(norm(a)));
        return goldNames.stream().map(Evaluate::norm).anyMatch(names::contains);
    }

    private static Map<String, Set<String>> actorNames(JsonNode actors) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode a : actors.get("actors")) {
            Set<String> names = new HashSet<>();
            names.add(a.get("name").asText());
            if (a.has("aliases")) {
                a.get("aliases").forEach(x -> names.add(x.asText()));
            }
            out.put(a.get("key").asText(), names);
        }
        return out;
    }

    /**
     * Names compare as the service's alias lookup does (case, spaces and punctuation aside), and without a
     * leading "the": "the Pentagon" and "Pentagon" name one actor.
     */
    static String norm(String name) {
        return name.toLowerCase(Locale.ROOT).replaceFirst("^\\s*the\\s+", "").replaceAll("[\\p{Z}\\s\\p{P}]+", "");
    }

    private static String name(Speaker s) {
        return s == null ? "-" : s.name();
    }

    private static String cut(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
