package io.stancegraph.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.actor.ActorAliasEntity;
import io.stancegraph.actor.ActorEntity;
import io.stancegraph.actor.AffiliationEntity;
import io.stancegraph.article.ArticleEntity;
import io.stancegraph.article.ArticleService;
import io.stancegraph.article.CanonicalUrl;
import io.stancegraph.article.OutletEntity;
import io.stancegraph.seed.SeedFiles.ActorSeed;
import io.stancegraph.seed.SeedFiles.AffiliationSeed;
import io.stancegraph.seed.SeedFiles.ArticleFile;
import io.stancegraph.seed.SeedFiles.StanceSeed;
import io.stancegraph.seed.SeedFiles.StatementSeed;
import io.stancegraph.statement.RevisionAction;
import io.stancegraph.statement.RevisionEntity;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StanceEntity;
import io.stancegraph.statement.StatementEntity;
import io.stancegraph.topic.TopicEntity;

/**
 * Loads a seed folder idempotently, in one transaction: articles already stored (by canonical URL) are skipped
 * whole; actors are matched by Wikidata id, then name or alias; topics by slug. Every file is checked before
 * anything is written.
 */
@ApplicationScoped
public class SeedLoader {

    static final String LOADER = "seed-loader";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    @Inject
    ObjectMapper json;

    public record Result(int articlesAdded, int articlesSkipped, int statementsAdded) {
    }

    /** @param folder null for the seeds packaged with the application */
    @Transactional
    public Result load(Path folder) {
        SeedFiles files = new SeedFiles(folder, json);
        SeedFiles.Manifest manifest = files.read("manifest.json", SeedFiles.Manifest.class);
        List<SeedFiles.TopicSeed> topicSeeds = files.read(manifest.topics(), SeedFiles.Topics.class).topics();
        List<ActorSeed> actorSeeds = files.read(manifest.actors(), SeedFiles.Actors.class).actors();
        Map<String, ArticleFile> articleFiles = new HashMap<>();
        Map<String, String> bodies = new HashMap<>();
        for (String name : manifest.articles()) {
            ArticleFile file = files.read(name, ArticleFile.class);
            articleFiles.put(stem(name), file);
            bodies.put(stem(name), files.text(file.article().body()));
        }
        new SeedCheck(topicSeeds, actorSeeds, articleFiles, bodies).verify();

        Map<String, TopicEntity> topics = new HashMap<>();
        topicSeeds.forEach(t -> topics.put(t.slug(), topic(t)));
        Map<String, ActorEntity> actors = new HashMap<>();
        actorSeeds.forEach(a -> actors.put(a.key(), actor(a)));
        actorSeeds.forEach(a -> affiliations(a, actors));

        Map<String, StatementEntity> recorded = new HashMap<>();
        Map<StatementEntity, String> responses = new HashMap<>();
        int added = 0;
        int skipped = 0;
        for (String name : manifest.articles()) {
            String stem = stem(name);
            ArticleFile file = articleFiles.get(stem);
            if (ArticleEntity.findByCanonicalUrl(file.article().url()) != null) {
                skipped++;
                continue;
            }
            ArticleEntity article = article(file.article(), bodies.get(stem));
            for (StatementSeed s : file.statements()) {
                StatementEntity st = statement(article, s, actors, topics);
                recorded.put(stem + "#" + s.key(), st);
                if (s.respondsTo() != null) {
                    responses.put(st, s.respondsTo().contains("#") ? s.respondsTo() : stem + "#" + s.respondsTo());
                }
            }
            added++;
        }
        // answers may point at statements later in the text or in another article: linked once all exist
        responses.forEach((st, target) -> st.respondsTo = recorded.get(target));
        LOG.infof("Seeds from %s: %d articles added, %d already present, %d statements added", files.where(), added,
                skipped, recorded.size());
        return new Result(added, skipped, recorded.size());
    }

    private static String stem(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    private static TopicEntity topic(SeedFiles.TopicSeed seed) {
        TopicEntity t = TopicEntity.findBySlug(seed.slug());
        if (t == null) {
            t = new TopicEntity();
            t.slug = seed.slug();
            t.name = seed.name();
            t.description = seed.description();
            t.persist();
        }
        return t;
    }

    private static ActorEntity actor(ActorSeed seed) {
        ActorEntity a = seed.wikidataId() == null ? null : ActorEntity.findByWikidataId(seed.wikidataId());
        if (a == null) {
            a = ActorEntity.findByNameOrAlias(seed.name());
        }
        if (a == null) {
            a = new ActorEntity();
            a.kind = seed.kind();
            a.name = seed.name();
            a.description = seed.description();
            a.wikidataId = seed.wikidataId();
            a.persist();
            a.flush();
        }
        for (String alias : seed.aliases() == null ? List.<String>of() : seed.aliases()) {
            if (!ActorAliasEntity.exists(a, alias)) {
                ActorAliasEntity.add(a, alias);
            }
        }
        return a;
    }

    private static void affiliations(ActorSeed seed, Map<String, ActorEntity> actors) {
        ActorEntity member = actors.get(seed.key());
        for (AffiliationSeed f : seed.affiliations() == null ? List.<AffiliationSeed>of() : seed.affiliations()) {
            ActorEntity org = actors.get(f.organization());
            boolean present = AffiliationEntity.count("member = ?1 and organization = ?2 and role is not distinct from ?3",
                    member, org, f.role()) > 0;
            if (!present) {
                AffiliationEntity af = new AffiliationEntity();
                af.member = member;
                af.organization = org;
                af.role = f.role();
                af.startedOn = f.startedOn();
                af.endedOn = f.endedOn();
                af.persist();
            }
        }
    }

    private static ArticleEntity article(SeedFiles.ArticleSeed seed, String body) {
        ArticleEntity a = new ArticleEntity();
        a.url = seed.url();
        a.canonicalUrl = CanonicalUrl.of(seed.url());
        a.title = seed.title();
        if (seed.outlet() != null) {
            OutletEntity o = OutletEntity.findByName(seed.outlet());
            if (o == null) {
                o = new OutletEntity();
                o.name = seed.outlet();
                o.url = seed.outletUrl();
                o.persist();
            }
            a.outlet = o;
        }
        a.authors = seed.authors() == null ? new String[0] : seed.authors().toArray(String[]::new);
        a.publishedOn = seed.publishedOn();
        a.language = seed.language();
        a.body = body;
        a.contentHash = ArticleService.sha256(body);
        a.persist();
        return a;
    }

    private static StatementEntity statement(ArticleEntity article, StatementSeed s, Map<String, ActorEntity> actors,
            Map<String, TopicEntity> topics) {
        StatementEntity st = new StatementEntity();
        st.article = article;
        st.speaker = s.speaker() == null ? null : actors.get(s.speaker());
        st.onBehalfOf = s.onBehalfOf() == null ? null : actors.get(s.onBehalfOf());
        st.attribution = s.attribution();
        st.kind = s.kind();
        st.text = s.text();
        st.cue = s.cue();
        st.saidOn = s.saidOn();
        st.saidOnPrecision = s.saidOnPrecision();
        st.start = s.start();
        st.end = s.end();
        if (s.mentions() != null) {
            st.mentions.addAll(s.mentions().stream().map(actors::get).collect(Collectors.toCollection(ArrayList::new)));
        }
        st.persist();
        for (StanceSeed seed : s.stances() == null ? List.<StanceSeed>of() : s.stances()) {
            StanceEntity stance = new StanceEntity();
            stance.statement = st;
            stance.topic = topics.get(seed.topic());
            stance.label = seed.label();
            stance.confidence = seed.confidence();
            stance.persist();
        }
        RevisionEntity.record(Statement.TYPE, st.id, st.id, RevisionAction.CREATED, LOADER, "loaded from seed " + s.key());
        return st;
    }

    static Set<String> keys(List<ActorSeed> actors) {
        return actors.stream().map(ActorSeed::key).collect(Collectors.toSet());
    }
}
