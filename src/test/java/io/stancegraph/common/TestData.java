package io.stancegraph.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fixture builders writing straight to the real schema, so each test creates the rows it asserts on. Names carry
 * a random suffix so tests never see each other's rows.
 */
@ApplicationScoped
public class TestData {

    @Inject
    DataSource dataSource;

    public static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String id(String type, long key) {
        return GlobalId.encode(type, key);
    }

    public long outlet(String name) {
        return insert("insert into outlet (name) values (?) returning id", name);
    }

    public ArticleBuilder article() {
        return new ArticleBuilder();
    }

    public long actor(String name, String kind, String... aliases) {
        long id = insert("insert into actor (name, kind) values (?, ?) returning id", name, kind);
        for (String alias : aliases) {
            insert("insert into actor_alias (actor_id, alias) values (?, ?) returning id", id, alias);
        }
        return id;
    }

    /** Sets an actor's description and Wikidata item (either may be null). */
    public void describe(long actor, String description, String wikidataId) {
        insert("update actor set description = ?, wikidata_id = ? where id = ? returning id", description, wikidataId, actor);
    }

    public void affiliate(long member, long organization, String role, LocalDate startedOn, LocalDate endedOn) {
        insert("insert into affiliation (member_id, organization_id, role, started_on, ended_on) values (?, ?, ?, ?, ?)"
                + " returning id", member, organization, role, startedOn, endedOn);
    }

    public long topic(String slug) {
        return insert("insert into topic (slug, name, description) values (?, ?, ?) returning id",
                slug, "Topic " + slug, "Proposition of " + slug);
    }

    public long topic(String slug, String name, String description) {
        return insert("insert into topic (slug, name, description) values (?, ?, ?) returning id", slug, name, description);
    }

    /** A slug no other test uses: {@code base-<8 hex digits>}. */
    public static String uniqueSlug(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public StatementBuilder statement(long article) {
        return new StatementBuilder(article);
    }

    public void retract(long statement) {
        insert("update statement set retracted = true, retraction_reason = 'test' where id = ? returning id", statement);
    }

    public final class ArticleBuilder {
        private String title = unique("Article");
        private Long outlet;
        private LocalDate publishedOn = LocalDate.of(2020, 1, 1);
        private String body = "Body of the article.";
        private String url = "https://news.example/" + UUID.randomUUID();

        public ArticleBuilder title(String title) {
            this.title = title;
            return this;
        }

        public ArticleBuilder outlet(long outlet) {
            this.outlet = outlet;
            return this;
        }

        public ArticleBuilder publishedOn(LocalDate day) {
            this.publishedOn = day;
            return this;
        }

        public ArticleBuilder body(String body) {
            this.body = body;
            return this;
        }

        public ArticleBuilder url(String url) {
            this.url = url;
            return this;
        }

        public long create() {
            return insert("insert into article (url, canonical_url, title, outlet_id, published_on, body, content_hash)"
                    + " values (?, ?, ?, ?, ?, ?, md5(?)) returning id", url, url, title, outlet, publishedOn, body, body);
        }
    }

    public final class StatementBuilder {
        private final long article;
        private Long speaker;
        private Long onBehalfOf;
        private String kind = "DIRECT";
        private String text = unique("Words");
        private LocalDate saidOn;
        private String precision;
        private Integer start;
        private Integer end;
        private final List<Object[]> stances = new ArrayList<>();
        private final List<Long> mentions = new ArrayList<>();

        StatementBuilder(long article) {
            this.article = article;
        }

        public StatementBuilder speaker(long actor) {
            this.speaker = actor;
            return this;
        }

        public StatementBuilder onBehalfOf(long actor) {
            this.onBehalfOf = actor;
            return this;
        }

        public StatementBuilder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public StatementBuilder text(String text) {
            this.text = text;
            return this;
        }

        public StatementBuilder saidOn(LocalDate day) {
            this.saidOn = day;
            this.precision = day == null ? null : "DAY";
            return this;
        }

        public StatementBuilder offsets(int start, int end) {
            this.start = start;
            this.end = end;
            return this;
        }

        public StatementBuilder stance(long topic, String label, Double confidence) {
            stances.add(new Object[] {topic, label, confidence});
            return this;
        }

        public StatementBuilder mention(long actor) {
            mentions.add(actor);
            return this;
        }

        public long create() {
            long id = insert("insert into statement (article_id, speaker_id, on_behalf_of_id, kind, text, said_on,"
                    + " said_on_precision, start_offset, end_offset) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                    article, speaker, onBehalfOf, kind, text, saidOn, precision, start, end);
            for (Object[] s : stances) {
                insert("insert into stance (statement_id, topic_id, label, confidence) values (?, ?, ?, ?) returning id",
                        id, s[0], s[1], s[2]);
            }
            for (long actor : mentions) {
                insert("insert into statement_mention (statement_id, actor_id) values (?, ?) returning statement_id", id, actor);
            }
            return id;
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
