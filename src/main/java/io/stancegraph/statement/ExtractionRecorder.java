package io.stancegraph.statement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.stancegraph.extract.Extraction;
import io.stancegraph.extract.Speaker;

/**
 * Writes one article's extracted statements in a fixed number of SQL statements, whatever their number: every name
 * the extractor found is resolved to a live actor (name or alias) in one query; new speakers are created; their
 * short forms become aliases unless another actor answers to them; then the statements, their mentions and their
 * EXTRACTED revisions are each inserted as one set. Runs on the caller's transaction's connection.
 */
final class ExtractionRecorder {

    private static final String RESOLVE = """
            select n.ord, norm_name(n.name), (
                   select m.id from (
                       select a.id from actor a where a.merged_into_id is null and norm_name(a.name) = norm_name(n.name)
                       union
                       select al.actor_id from actor_alias al join actor a on a.id = al.actor_id
                        where a.merged_into_id is null and al.norm = norm_name(n.name)) m
                    order by m.id limit 1)
              from unnest(?::text[]) with ordinality n(name, ord)""";

    private final Connection c;
    private final long article;
    private final String by;
    /** Normalised name -> the actor it resolves to: what the database held, then what this article added. */
    private final Map<String, Long> owner = new HashMap<>();
    private final Map<String, String> norm = new HashMap<>();
    /** The actor each name of this article was linked to, so a later "Harris" is the earlier "Harry Harris". */
    private final Map<String, Long> linked = new HashMap<>();
    private final List<Long> aliasActors = new ArrayList<>();
    private final List<String> aliases = new ArrayList<>();

    ExtractionRecorder(Connection c, long article, String by) {
        this.c = c;
        this.article = article;
        this.by = by;
    }

    void record(List<Extraction> found) throws SQLException {
        resolve(found);
        int n = found.size();
        Long[] speakers = new Long[n];
        Long[] bodies = new Long[n];
        List<Set<Long>> mentions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Extraction e = found.get(i);
            speakers[i] = actor(e.speaker(), true);
            Long body = actor(e.onBehalfOf(), true);
            bodies[i] = Objects.equals(body, speakers[i]) ? null : body;
            Set<Long> m = new LinkedHashSet<>();
            for (Speaker s : e.mentions()) {
                Long a = actor(s, false);
                if (a != null && !a.equals(speakers[i])) {
                    m.add(a);
                }
            }
            mentions.add(m);
        }
        insertAliases();
        Long[] ids = statementIds(n);
        insertStatements(found, ids, speakers, bodies);
        insertMentions(ids, mentions);
        update("insert into revision (statement_id, entity_type, entity_id, action, by_subject, detail)"
                + " select s, '" + Statement.TYPE + "', s, 'EXTRACTED', ?, ? from unnest(?::bigint[]) s",
                by, StatementExtraction.DETAIL, array("bigint", ids));
    }

    /** Every name and short form of the article, normalised as lookups normalise them, with the actor it names. */
    private void resolve(List<Extraction> found) throws SQLException {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(found.stream()
                .flatMap(e -> Stream.concat(Stream.of(e.speaker(), e.onBehalfOf()),
                        e.mentions().stream()))
                .filter(Objects::nonNull)
                .flatMap(s -> Stream.concat(Stream.of(s.name()), s.aliases().stream()))
                .toList()));
        try (PreparedStatement ps = c.prepareStatement(RESOLVE)) {
            ps.setArray(1, array("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    norm.put(names.get(rs.getInt(1) - 1), key);
                    long id = rs.getLong(3);
                    if (!rs.wasNull() && key != null && !key.isEmpty()) {
                        owner.putIfAbsent(key, id);
                    }
                }
            }
        }
    }

    /** The actor a name stands for: linked earlier, or a live actor of that name or alias, else (create) a new one. */
    private Long actor(Speaker speaker, boolean create) throws SQLException {
        if (speaker == null) {
            return null;
        }
        Long a = linked.get(speaker.name());
        if (a == null) {
            a = owner.get(norm.get(speaker.name()));
        }
        // "the unions", "the central bank": a description, not a name to file an actor under
        boolean named = speaker.name().codePoints().anyMatch(Character::isUpperCase);
        if (a == null && (!create || !named)) {
            return null;
        }
        if (a == null) {
            a = insertActor(speaker);
            String key = norm.get(speaker.name());
            if (key != null && !key.isEmpty()) {
                owner.putIfAbsent(key, a);
            }
        }
        for (String alias : speaker.aliases()) {
            String aliasKey = norm.get(alias);
            // a short form another actor already answers to would make lookups by it pick the wrong one
            if (aliasKey != null && !aliasKey.isEmpty() && alias.codePoints().anyMatch(Character::isLetterOrDigit)
                    && owner.getOrDefault(aliasKey, a).equals(a)) {
                owner.put(aliasKey, a);
                aliasActors.add(a);
                aliases.add(alias);
            }
        }
        linked.put(speaker.name(), a);
        return a;
    }

    private long insertActor(Speaker speaker) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into actor (name, kind) values (?, ?) returning id")) {
            ps.setString(1, speaker.name());
            ps.setString(2, speaker.kind().name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insertAliases() throws SQLException {
        if (!aliases.isEmpty()) {
            update("insert into actor_alias (actor_id, alias) select * from unnest(?::bigint[], ?::text[])"
                    + " on conflict (actor_id, norm) do nothing",
                    array("bigint", aliasActors.toArray()), array("text", aliases.toArray()));
        }
    }

    private Long[] statementIds(int n) throws SQLException {
        Long[] ids = new Long[n];
        try (PreparedStatement ps = c.prepareStatement(
                "select nextval(pg_get_serial_sequence('statement', 'id')) from generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private void insertStatements(List<Extraction> found, Long[] ids, Long[] speakers, Long[] bodies)
            throws SQLException {
        int n = found.size();
        Object[] attribution = new Object[n];
        Object[] kind = new Object[n];
        Object[] text = new Object[n];
        Object[] cue = new Object[n];
        Object[] saidOn = new Object[n];
        Object[] precision = new Object[n];
        Object[] start = new Object[n];
        Object[] end = new Object[n];
        for (int i = 0; i < n; i++) {
            Extraction e = found.get(i);
            attribution[i] = e.attribution();
            kind[i] = e.kind().name();
            text[i] = e.text();
            cue[i] = e.cue();
            saidOn[i] = e.saidOn() == null ? null : e.saidOn().toString();
            precision[i] = e.precision() == null ? null : e.precision().name();
            start[i] = e.start();
            end[i] = e.end();
        }
        update("""
                insert into statement (id, article_id, speaker_id, on_behalf_of_id, attribution, kind, text, cue, said_on,
                                       said_on_precision, start_offset, end_offset)
                select s.id, ?, s.speaker, s.body, s.attribution, s.kind, s.text, s.cue, s.said_on, s.precision, s.start_at,
                       s.end_at
                  from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[],
                              ?::text[], ?::int[], ?::int[])
                       s(id, speaker, body, attribution, kind, text, cue, said_on, precision, start_at, end_at)""",
                article, array("bigint", ids), array("bigint", speakers), array("bigint", bodies),
                array("text", attribution), array("text", kind), array("text", text), array("text", cue),
                array("text", saidOn), array("text", precision), array("integer", start), array("integer", end));
    }

    private void insertMentions(Long[] ids, List<Set<Long>> mentions) throws SQLException {
        List<Object> statements = new ArrayList<>();
        List<Object> actors = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (Long a : mentions.get(i)) {
                statements.add(ids[i]);
                actors.add(a);
            }
        }
        if (!statements.isEmpty()) {
            update("insert into statement_mention (statement_id, actor_id) select * from unnest(?::bigint[], ?::bigint[])",
                    array("bigint", statements.toArray()), array("bigint", actors.toArray()));
        }
    }

    private Array array(String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
