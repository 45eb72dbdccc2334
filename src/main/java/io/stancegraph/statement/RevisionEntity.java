package io.stancegraph.statement;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to the data: what was done, to what, when and by whom. Never updated or deleted. */
@Entity
@Table(name = "revision")
public class RevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "statement_id")
    public Long statementId;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Column(nullable = false)
    public String action;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "by_subject")
    public String by;

    public String detail;

    /** Records a change; statement changes also carry the statement's id so its history finds them. */
    public static void record(String entityType, long entityId, Long statementId, RevisionAction action, String by,
            String detail) {
        of(entityType, entityId, statementId, action.name(), by, detail).persist();
    }

    private static RevisionEntity of(String entityType, long entityId, Long statementId, String action, String by,
            String detail) {
        RevisionEntity r = new RevisionEntity();
        r.entityType = entityType;
        r.entityId = entityId;
        r.statementId = statementId;
        r.action = action;
        r.by = by;
        r.detail = detail;
        return r;
    }
}
