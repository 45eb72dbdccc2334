package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.stancegraph.actor.ActorEntity;
import io.stancegraph.article.ArticleEntity;

@Entity
@Table(name = "statement")
public class StatementEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    @ManyToOne
    @JoinColumn(name = "speaker_id")
    public ActorEntity speaker;

    @ManyToOne
    @JoinColumn(name = "on_behalf_of_id")
    public ActorEntity onBehalfOf;

    public String attribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementKind kind;

    @Column(nullable = false)
    public String text;

    public String cue;

    @Column(name = "said_on")
    public LocalDate saidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "said_on_precision")
    public DatePrecision saidOnPrecision;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    @ManyToOne
    @JoinColumn(name = "responds_to_id")
    public StatementEntity respondsTo;

    @Column(nullable = false)
    public boolean retracted;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @Column(nullable = false)
    public int version = 1;

    @ManyToMany
    @JoinTable(name = "statement_mention", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<ActorEntity> mentions = new LinkedHashSet<>();
}
