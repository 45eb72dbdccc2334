package io.stancegraph.actor;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.stancegraph.common.Cursor;
import io.stancegraph.common.Db;
import io.stancegraph.common.Page;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Relevance;
import io.stancegraph.common.Row;
import io.stancegraph.common.Sql;

/** Reads actors, their aliases and affiliations. Merged actors resolve to the actor that absorbed them. */
@ApplicationScoped
public class ActorReader {

    static final String COLUMNS = "a.id, a.name, a.kind, a.description, a.wikidata_id";

    @Inject
    Db db;

    static Actor map(Row r) throws SQLException {
        return new Actor(r.id(1), r.text(2), r.enumValue(3, ActorKind.class), r.text(4), r.text(5));
    }

    /**
     * Asked key to live actor: a merged-away key maps to its survivor. Live actors are read by key alone; only keys
     * that did not come back (merged away, or unknown) follow the merge chain, in a second statement. Following the
     * chain for every key cost 0.5 ms for the 100 actors of a topic's map at a million statements.
     */
    public Map<Long, Actor> byKeys(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Long, Actor> live = db.list(new Sql("select " + COLUMNS + " from actor a where a.id = any(?)"
                + " and a.merged_into_id is null", Sql.keys(keys)), ActorReader::map).stream()
                .collect(Collectors.toMap(Actor::key, a -> a));
        List<Long> rest = keys.stream().filter(k -> !live.containsKey(k)).distinct().toList();
        if (rest.isEmpty()) {
            return live;
        }
        Map<Long, Actor> all = new HashMap<>(live);
        all.putAll(followingMerges(rest));
        return all;
    }

    private Map<Long, Actor> followingMerges(Collection<Long> keys) {
        record Resolved(long asked, Actor actor) {
        }
        return db.list(new Sql("""
                with recursive chain(asked, id, merged_into_id, depth) as (
                    select id, id, merged_into_id, 0 from actor where id = any(?)
                    union all
                    select c.asked, a.id, a.merged_into_id, c.depth + 1
                      from chain c join actor a on a.id = c.merged_into_id where c.depth < 16)
                select c.asked, %s from chain c join actor a on a.id = c.id where c.merged_into_id is null
                """.formatted(COLUMNS), Sql.keys(keys)),
                r -> new Resolved(r.id(1), new Actor(r.id(2), r.text(3), r.enumValue(4, ActorKind.class), r.text(5), r.text(6))))
                .stream().collect(Collectors.toMap(Resolved::asked, Resolved::actor));
    }

    public Actor byKey(long key) {
        return byKeys(List.of(key)).get(key);
    }

    /** Name or alias, ignoring case, spaces and punctuation; the actor with most statements wins a tie. */
    public Actor byName(String name) {
        // statements are only counted when there is a tie to break: a busy speaker has tens of thousands
        // name and alias as two arms of a union: with an OR the planner scans every actor instead of both indexes
        return db.one(new Sql("with candidates as (select " + COLUMNS + " from actor a where a.merged_into_id is null"
                + " and norm_name(a.name) = norm_name(?) union select " + COLUMNS + " from actor a"
                + " where a.merged_into_id is null and a.id in (select actor_id from actor_alias where norm = norm_name(?)))"
                + " select * from candidates a order by case when (select count(*) from candidates) = 1 then 0"
                + " else (select count(*) from statement s where s.speaker_id = a.id and not s.retracted) end desc, a.id limit 1",
                name, name), ActorReader::map);
    }

    public Actor byWikidataId(String wikidataId) {
        return db.one(new Sql("select " + COLUMNS + " from actor a where a.wikidata_id = ? and a.merged_into_id is null",
                wikidataId.strip()), ActorReader::map);
    }

    /** Actors by name (then ID); with a search, best match first. {@code kinds} null means every kind. */
    public Page<Actor> find(String search, List<ActorKind> kinds, PageRequest page) {
        String q = search == null || search.isBlank() ? null : search.strip();
        Sql where = new Sql(" where a.merged_into_id is null");
        if (q != null) {
            // names and aliases are indexed unstemmed ('simple'), descriptions stemmed ('english'): ask both ways
            where.add(" and (a.search_vector @@ websearch_to_tsquery('simple', ?) or a.search_vector @@ websearch_to_tsquery('english', ?))",
                    q, q);
        }
        if (kinds != null) {
            where.add(" and a.kind = any(?)", Sql.names(kinds));
        }
        Sql count = new Sql("select count(*) from actor a").add(where);
        Sql sql = new Sql("select " + COLUMNS + " from actor a").add(where);
        if (q != null) {
            return Relevance.page(db, sql.add(" order by greatest(ts_rank(a.search_vector, websearch_to_tsquery('simple', ?)),"
                    + " ts_rank(a.search_vector, websearch_to_tsquery('english', ?))) desc, a.id", q, q),
                    page, ActorReader::map, () -> db.count(count));
        }
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 2);
            sql.add(" and (a.name, a.id) > (?, ?)", parts.get(0), Cursor.longPart(parts.get(1), page.after()));
        }
        sql.add(" order by a.name, a.id limit ?", page.first() + 1);
        return Page.of(db.list(sql, ActorReader::map), page, a -> Cursor.encode(a.getName(), a.key()),
                () -> db.count(count));
    }

    public Map<Long, List<String>> aliasesOf(Collection<Long> actorKeys) {
        record Alias(long actor, String alias) {
        }
        return db.list(new Sql("select actor_id, alias from actor_alias where actor_id = any(?) order by actor_id, id",
                Sql.keys(actorKeys)), r -> new Alias(r.id(1), r.text(2)))
                .stream().collect(Collectors.groupingBy(Alias::actor, LinkedHashMap::new,
                        Collectors.mapping(Alias::alias, Collectors.toList())));
    }

    /** Affiliations where the actor is the member ({@code asMember}) or the organisation. */
    public Map<Long, List<Affiliation>> affiliationsOf(Collection<Long> actorKeys, boolean asMember) {
        String side = asMember ? "member_id" : "organization_id";
        return db.list(new Sql("select member_id, organization_id, role, started_on, ended_on from affiliation"
                + " where " + side + " = any(?) order by " + side + ", started_on nulls first, id", Sql.keys(actorKeys)),
                r -> new Affiliation(r.id(1), r.id(2), r.text(3), r.date(4), r.date(5)))
                .stream().collect(Collectors.groupingBy(a -> asMember ? a.memberKey() : a.organizationKey(),
                        LinkedHashMap::new, Collectors.toList()));
    }
}
