package io.stancegraph.position;

import java.time.LocalDate;

import io.stancegraph.common.Sql;

/**
 * The fold from stances to positions, as SQL common table expressions every position query starts with:
 * <ul>
 * <li>{@code base}: live, dated stances on the topics, up to {@code asOf};</li>
 * <li>{@code credited}: each stance once per actor it counts for: its speaker, and with rollUp also the actor it
 * was said on behalf of and every organisation the speaker (or that actor) belonged to on that day, through nested
 * affiliations;</li>
 * <li>{@code daily}: each actor's winning stance per topic and day (higher confidence, then DIRECT over INDIRECT
 * over REPORTED, then later in the text);</li>
 * <li>{@code runs}: the daily positions in date order, each with the label and statement before it and the number
 * of its run of equal labels. A shift is a row whose label differs from the one before.</li>
 * </ul>
 */
final class PositionSql {

    /** Every organisation chain is short in practice; the bound only stops a cycle in bad data. */
    private static final int MAX_DEPTH = 6;

    private PositionSql() {
    }

    /**
     * @param topics topic keys, or null for all topics
     * @param actors credited actor keys, or null for all actors
     */
    static Sql ctes(long[] topics, long[] actors, LocalDate asOf, boolean rollUp) {
        Sql sql = new Sql("""
                with recursive base as (
                    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
                           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
                      from stance st join statement s on s.id = st.statement_id
                     where not s.retracted and s.effective_on <= ?""", asOf);
        if (topics != null) {
            sql.add(" and st.topic_id = any(?)", topics);
        }
        sql.add("""
                ),
                credit(id, actor_id, depth) as (
                    select distinct id, speaker_id, 0 from base where speaker_id is not null""");
        if (rollUp) {
            sql.add("""

                    union
                    select distinct id, on_behalf_of_id, 0 from base where on_behalf_of_id is not null
                    union
                    select c.id, a.organization_id, c.depth + 1
                      from credit c
                      join (select distinct id, effective_on from base) b on b.id = c.id
                      join affiliation a on a.member_id = c.actor_id
                           and (a.started_on is null or a.started_on <= b.effective_on)
                           and (a.ended_on is null or b.effective_on <= a.ended_on)
                     where c.depth < """ + MAX_DEPTH);
        }
        sql.add("""

                ),
                credited as (
                    select distinct c.actor_id, b.id, b.effective_on, b.topic_id, b.label, b.confidence, b.kind_rank, b.start_offset
                      from credit c join base b on b.id = c.id""");
        if (actors != null) {
            sql.add(" where c.actor_id = any(?)", actors);
        }
        sql.add("""

                ),
                daily as (
                    select * from (
                        select cr.*, row_number() over (partition by actor_id, topic_id, effective_on
                               order by confidence desc nulls last, kind_rank, start_offset desc nulls last, id desc) as day_rank
                          from credited cr) ranked
                     where day_rank = 1
                ),
                changes as (
                    select d.*, lag(label) over w as prev_label, lag(id) over w as prev_id
                      from daily d window w as (partition by actor_id, topic_id order by effective_on)
                ),
                runs as (
                    select c.*, sum(case when c.prev_label is distinct from c.label then 1 else 0 end)
                               over (partition by actor_id, topic_id order by effective_on) as run_no
                      from changes c
                )
                """);
        return sql;
    }

    /** Appended to {@link #ctes}: one row per actor and topic with label, since, last date and statement count. */
    static final String POSITIONS = """
            , latest as (
                select distinct on (actor_id, topic_id) actor_id, topic_id, label, run_no
                  from runs order by actor_id, topic_id, effective_on desc
            ),
            positions as (
                select l.actor_id, l.topic_id, l.label, r.since, c.last_stated_on, c.statement_count
                  from latest l
                  join (select actor_id, topic_id, run_no, min(effective_on) as since from runs group by 1, 2, 3) r
                       using (actor_id, topic_id, run_no)
                  join (select actor_id, topic_id, max(effective_on) as last_stated_on, count(*)::int as statement_count
                          from credited group by 1, 2) c using (actor_id, topic_id)
                  join actor a on a.id = l.actor_id and a.merged_into_id is null
            )
            """;
}
