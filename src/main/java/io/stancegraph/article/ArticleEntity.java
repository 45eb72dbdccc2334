package io.stancegraph.article;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(nullable = false)
    public String title;

    @ManyToOne
    public OutletEntity outlet;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] authors = new String[0];

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String language;

    @Column(nullable = false)
    public String body;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    public static ArticleEntity findByCanonicalUrl(String url) {
        return find("canonicalUrl", CanonicalUrl.of(url)).firstResult();
    }
}
