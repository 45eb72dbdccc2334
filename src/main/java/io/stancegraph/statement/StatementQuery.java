package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.List;

import io.stancegraph.actor.Actor;
import io.stancegraph.article.Article;
import io.stancegraph.article.Outlet;
import io.stancegraph.common.ApiException;
import io.stancegraph.common.Cursor;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.PageRequest;
import io.stancegraph.common.Sql;
import io.stancegraph.topic.Topic;

/**
 * Turns a {@link StatementFilter} and an order into SQL over {@code statement s}: the WHERE clause (with the
 * affiliation closure as a CTE when asked for), the keyset ORDER BY and the seek condition of a cursor.
 */
final class StatementQuery {

    /** An actor ID array parameter, each ID followed to the actor it was merged into. */
    private static final String LIVE = "array(select live_actor(k) from unnest(?::bigint[]) k)";

    private final StatementFilter filter;
    private final StatementOrder order;
    private final String search;

    StatementQuery(StatementFilter filter, StatementOrder order) {
        this.filter = filter == null ? new StatementFilter() : filter;
        this.search = this.filter.search == null || this.filter.search.isBlank() ? null : this.filter.search.strip();
        this.order = order == StatementOrder.RELEVANCE && search == null ? StatementOrder.NEWEST_FIRST
                : order == null ? StatementOrder.NEWEST_FIRST : order;
        if (this.filter.from != null && this.filter.to != null && this.filter.from.isAfter(this.filter.to)) {
            throw new ApiException("filter.from (" + this.filter.from + ") is after filter.to (" + this.filter.to + ")");
        }
    }

    /** {@code with ... select <columns> from statement s where ...} without order or limit. */
    Sql select(String columns) {
        Sql sql = new Sql("");
        long[] speakers = GlobalId.requireKeys(Actor.TYPE, filter.speakerIds, "filter.speakerIds");
        boolean affiliated = speakers != null && Boolean.TRUE.equals(filter.includeAffiliated);
        if (affiliated) {
            sql.add("""
                    with recursive member_of(actor_id, started_on, ended_on, depth) as (
                        select member_id, started_on, ended_on, 1 from affiliation
                         where organization_id = any(array(select live_actor(k) from unnest(?::bigint[]) k))
                        union all
                        select a.member_id, greatest(m.started_on, a.started_on), least(m.ended_on, a.ended_on), m.depth + 1
                          from member_of m join affiliation a on a.organization_id = m.actor_id
                         where m.depth < 6)
                    """, speakers);
        }
        sql.add("select " + columns + " from statement s where true");
        if (!Boolean.TRUE.equals(filter.includeRetracted)) {
            sql.add(" and not s.retracted");
        }
        if (affiliated) {
            // a text block strips its leading indentation: the space before "and" has to be explicit
            sql.add(" " + """
                    and (s.speaker_id = any(%1$s) or s.on_behalf_of_id = any(%1$s) or exists (
                        select 1 from member_of m where m.actor_id in (s.speaker_id, s.on_behalf_of_id)
                           and (m.started_on is null or m.started_on <= s.effective_on)
                           and (m.ended_on is null or s.effective_on <= m.ended_on)))""".formatted(LIVE), speakers, speakers);
        } else if (speakers != null && speakers.length == 1) {
            // one speaker (an actor's page): an equality the speaker index can return already in page order
            sql.add(" and s.speaker_id = live_actor(?)", speakers[0]);
        } else if (speakers != null) {
            sql.add(" and s.speaker_id = any(" + LIVE + ")", speakers);
        }
        if (filter.speakerKinds != null) {
            sql.add(" and s.speaker_id in (select id from actor where kind = any(?))", Sql.names(filter.speakerKinds));
        }
        long[] topics = GlobalId.requireKeys(Topic.TYPE, filter.topicIds, "filter.topicIds");
        if (filter.stances != null) {
            sql.add(" and exists (select 1 from stance st where st.statement_id = s.id and st.label = any(?)",
                    Sql.names(filter.stances));
            if (topics != null) {
                sql.add(" and st.topic_id = any(?)", topics);
            }
            sql.add(")");
        } else if (topics != null) {
            sql.add(" and exists (select 1 from stance st where st.statement_id = s.id and st.topic_id = any(?))", topics);
        }
        if (filter.kinds != null) {
            sql.add(" and s.kind = any(?)", Sql.names(filter.kinds));
        }
        long[] articles = GlobalId.requireKeys(Article.TYPE, filter.articleIds, "filter.articleIds");
        if (articles != null) {
            sql.add(" and s.article_id = any(?)", articles);
        }
        long[] outlets = GlobalId.requireKeys(Outlet.TYPE, filter.outletIds, "filter.outletIds");
        if (outlets != null) {
            sql.add(" and s.article_id in (select id from article where outlet_id = any(?))", outlets);
        }
        long[] mentions = GlobalId.requireKeys(Actor.TYPE, filter.mentionIds, "filter.mentionIds");
        if (mentions != null) {
            sql.add(" and exists (select 1 from statement_mention sm where sm.statement_id = s.id and sm.actor_id = any("
                    + LIVE + "))",
                    mentions);
        }
        if (filter.from != null) {
            sql.add(" and s.effective_on >= ?", filter.from);
        }
        if (filter.to != null) {
            sql.add(" and s.effective_on <= ?", filter.to);
        }
        if (search != null) {
            sql.add(" and s.search_vector @@ websearch_to_tsquery('english', ?)", search);
        }
        return sql;
    }

    /** The keyset page query: filter, seek past the cursor, order, and one row more than asked. */
    Sql page(String columns, PageRequest page) {
        Sql sql = select(columns);
        String key = sortKey();
        if (page.after() != null) {
            List<String> parts = Cursor.decode(page.after(), 2);
            long id = Cursor.longPart(parts.get(1), page.after());
            String date = Cursor.datePart(parts.get(0), page.after());
            String cmp = order == StatementOrder.NEWEST_FIRST ? "<" : ">";
            // the first bound is what the index can seek to; the second only drops the cursor's own day up to its id
            sql.add(" and " + key + " " + cmp + "= ?::date and (" + key + " " + cmp + " ?::date or s.id > ?)", date, date, id);
        }
        return sql.add(" order by " + key + (order == StatementOrder.NEWEST_FIRST ? " desc" : "") + ", s.id limit ?",
                page.first() + 1);
    }

    boolean byRelevance() {
        return order == StatementOrder.RELEVANCE;
    }

    /** Best match first; paged by {@link io.stancegraph.common.Relevance}. */
    Sql ranked(String columns) {
        return select(columns).add(" order by ts_rank(s.search_vector, websearch_to_tsquery('english', ?)) desc, s.id",
                search);
    }

    /** The keyset cursor of a row. */
    String cursor(Statement s) {
        LocalDate d = s.effectiveOn();
        String date = d != null ? d.toString() : order == StatementOrder.NEWEST_FIRST ? "-infinity" : "infinity";
        return Cursor.encode(date, s.key());
    }

    private String sortKey() {
        return order == StatementOrder.NEWEST_FIRST
                ? "coalesce(s.effective_on, '-infinity'::date)"
                : "coalesce(s.effective_on, 'infinity'::date)";
    }
}
