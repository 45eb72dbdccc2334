package io.stancegraph.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.stancegraph.topic.TopicEntity;

@Entity
@Table(name = "stance")
public class StanceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id")
    public StatementEntity statement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public TopicEntity topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StanceLabel label;

    public Double confidence;
}
