package io.stancegraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserError;
import io.stancegraph.common.UserErrorCode;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.RevisionAction;
import io.stancegraph.statement.RevisionEntity;
import io.stancegraph.statement.StatementExtraction;

/**
 * Stores articles idempotently by canonical URL. Concurrent ingests of one URL meet at the unique index
 * ({@code on conflict do nothing}): one row is written, every caller gets it back, none gets an error.
 */
@ApplicationScoped
public class ArticleService {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    @Inject
    StatementExtraction extraction;

    @Transactional
    public Outcome ingest(IngestArticleInput in, String by) {
        UserErrors errors = new UserErrors().text(in.title, true, "title").text(in.outlet, false, "outlet");
        if (!isWebUrl(in.url)) {
            errors.validation("url must be an absolute http or https URL, got '" + in.url + "'", "url");
        }
        errors.text(in.body, true, "body");
        if (in.language != null && !LANGUAGE.matcher(in.language).matches()) {
            errors.validation("language must be a language code such as 'en' or 'pt-BR', got '" + in.language + "'",
                    "language");
        }
        List<String> authors = in.authors == null ? List.of() : in.authors;
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i) == null || authors.get(i).isBlank() || authors.get(i).indexOf('\u0000') >= 0) {
                errors.validation("authors must not be blank", "authors", String.valueOf(i));
            }
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        EntityManager em = ArticleEntity.getEntityManager();
        String canonical = CanonicalUrl.of(in.url);
        String hash = sha256(in.body);
        boolean extract = Boolean.TRUE.equals(in.extract);
        ArticleEntity stored = ArticleEntity.findByCanonicalUrl(in.url);
        if (stored != null) {
            Outcome o = existing(stored, hash);
            if (extract && o.succeeded()) {
                extraction.extractOnce(stored, by);
            }
            return o;
        }
        List<?> inserted = em.createNativeQuery("""
                insert into article (url, canonical_url, title, outlet_id, authors, published_on, language, body, content_hash)
                values (:url, :canonical, :title, :outlet, cast(:authors as text[]), :published, :language, :body, :hash)
                on conflict (canonical_url) do nothing returning id""")
                .setParameter("url", in.url.strip()).setParameter("canonical", canonical)
                .setParameter("title", in.title.strip()).setParameter("outlet", outlet(em, in.outlet))
                .setParameter("authors", toArrayLiteral(authors))
                .setParameter("published", in.publishedOn).setParameter("language", in.language)
                .setParameter("body", in.body).setParameter("hash", hash).getResultList();
        if (!inserted.isEmpty()) {
            long id = ((Number) inserted.get(0)).longValue();
            RevisionEntity.record(Article.TYPE, id, null, RevisionAction.CREATED, by, "ingested " + canonical);
            if (extract) {
                extraction.extractOnce(ArticleEntity.findById(id), by);
            }
            return Outcome.ok(id);
        }
        // another request stored this URL since the check above: keep none of ours (not even the outlet)
        QuarkusTransaction.setRollbackOnly();
        return existing(ArticleEntity.findByCanonicalUrl(in.url), hash);
    }

    private static Outcome existing(ArticleEntity stored, String hash) {
        if (!stored.contentHash.equals(hash)) {
            return new Outcome(stored.id, false, List.of(new UserError(UserErrorCode.CONFLICT,
                    "An article with this URL is stored with a different body; nothing was changed", UserErrors.at("body"))));
        }
        return Outcome.existing(stored.id);
    }

    private static Long outlet(EntityManager em, String name) {
        if (name == null) {
            return null;
        }
        em.createNativeQuery("insert into outlet (name) values (:name) on conflict ((lower(name))) do nothing")
                .setParameter("name", name.strip()).executeUpdate();
        return ((Number) em.createNativeQuery("select id from outlet where lower(name) = lower(:name)")
                .setParameter("name", name.strip()).getSingleResult()).longValue();
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url == null ? "" : url.strip());
            return u.getScheme() != null && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                    && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A PostgreSQL array literal, so the authors bind as one text parameter whatever their number. */
    private static String toArrayLiteral(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"')
                    .append(values.get(i).strip().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
