package io.stancegraph.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.stancegraph.seed.SeedFiles.ActorSeed;
import io.stancegraph.seed.SeedFiles.ArticleFile;
import io.stancegraph.seed.SeedFiles.StatementSeed;

/** Checks a seed folder before anything is written, reporting every problem at once. */
final class SeedCheck {

    private final Set<String> topics;
    private final List<ActorSeed> actors;
    private final Map<String, ArticleFile> articles;
    private final Map<String, String> bodies;
    private final List<String> problems = new ArrayList<>();

    SeedCheck(List<SeedFiles.TopicSeed> topics, List<ActorSeed> actors, Map<String, ArticleFile> articles,
            Map<String, String> bodies) {
        this.topics = topics.stream().map(SeedFiles.TopicSeed::slug).collect(Collectors.toSet());
        this.actors = actors;
        this.articles = articles;
        this.bodies = bodies;
    }

    void verify() {
        Set<String> actorKeys = SeedLoader.keys(actors);
        for (ActorSeed a : actors) {
            if (a.kind() == null || a.name() == null || a.name().isBlank()) {
                problems.add("actor " + a.key() + ": kind and name are required");
            }
            if (a.affiliations() != null) {
                a.affiliations().stream().filter(f -> !actorKeys.contains(f.organization()))
                        .forEach(f -> problems.add("actor " + a.key() + ": unknown organization " + f.organization()));
            }
        }
        Set<String> statementKeys = new HashSet<>();
        articles.forEach((stem, file) -> file.statements().forEach(s -> statementKeys.add(stem + "#" + s.key())));
        articles.forEach((stem, file) -> {
            String body = bodies.get(stem);
            for (StatementSeed s : file.statements()) {
                String where = stem + "#" + s.key() + ": ";
                checkActor(where + "speaker", s.speaker(), actorKeys);
                checkActor(where + "onBehalfOf", s.onBehalfOf(), actorKeys);
                if (s.mentions() != null) {
                    s.mentions().forEach(m -> checkActor(where + "mentions", m, actorKeys));
                }
                if (s.kind() == null || s.text() == null || s.text().isBlank()) {
                    problems.add(where + "kind and text are required");
                } else if (s.start() != null && (s.end() == null || s.start() < 0 || s.end() > body.length()
                        || s.start() >= s.end() || !body.substring(s.start(), s.end()).equals(s.text()))) {
                    problems.add(where + "body[" + s.start() + ":" + s.end() + "] is not the statement's text");
                }
                if ((s.saidOn() == null) != (s.saidOnPrecision() == null)) {
                    problems.add(where + "saidOn and saidOnPrecision go together");
                }
                if (s.stances() != null) {
                    s.stances().stream().filter(st -> !topics.contains(st.topic()))
                            .forEach(st -> problems.add(where + "unknown topic " + st.topic()));
                    s.stances().stream().filter(st -> st.label() == null || (st.confidence() != null
                            && (st.confidence() < 0 || st.confidence() > 1)))
                            .forEach(st -> problems.add(where + "stance needs a label and a confidence in 0..1"));
                }
                if (s.respondsTo() != null) {
                    String target = s.respondsTo().contains("#") ? s.respondsTo() : stem + "#" + s.respondsTo();
                    if (!statementKeys.contains(target)) {
                        problems.add(where + "respondsTo " + s.respondsTo() + " is not a statement");
                    }
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("seed files are wrong, nothing was loaded:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private void checkActor(String where, String key, Set<String> actorKeys) {
        if (key != null && !actorKeys.contains(key)) {
            problems.add(where + ": unknown actor " + key);
        }
    }
}
