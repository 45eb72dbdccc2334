package io.stancegraph.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.StatementInputs.RemoveStanceInput;
import io.stancegraph.statement.StatementInputs.RetractStatementInput;
import io.stancegraph.statement.StatementInputs.SetStanceInput;
import io.stancegraph.topic.TopicEntity;

/** Stances and retraction: each change bumps the statement's version and writes a revision. */
@ApplicationScoped
public class StanceService {

    @Transactional
    public Outcome set(SetStanceInput in, String by) {
        UserErrors errors = new UserErrors().confidence(in.confidence, "confidence");
        StatementChecks check = new StatementChecks(errors);
        StatementEntity s = check.statementForUpdate(in.statementId);
        TopicEntity topic = check.topic(in.topicId, "topicId");
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        put(s, topic, in.label, in.confidence);
        s.version++;
        RevisionEntity.record(Statement.TYPE, s.id, s.id, RevisionAction.STANCE_SET, by,
                topic.slug + ": " + in.label + (in.confidence == null ? "" : " (" + in.confidence + ")"));
        return Outcome.existing(s.id);
    }

    @Transactional
    public Outcome remove(RemoveStanceInput in, String by) {
        UserErrors errors = new UserErrors();
        StatementChecks check = new StatementChecks(errors);
        StatementEntity s = check.statementForUpdate(in.statementId);
        TopicEntity topic = check.topic(in.topicId, "topicId");
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        long removed = StanceEntity.delete("statement = ?1 and topic = ?2", s, topic);
        if (removed == 0) {
            return Outcome.failed(errors.notFound("The statement has no stance on " + topic.slug, "topicId"));
        }
        s.version++;
        RevisionEntity.record(Statement.TYPE, s.id, s.id, RevisionAction.STANCE_REMOVED, by, topic.slug);
        return Outcome.existing(s.id);
    }

    @Transactional
    public Outcome retract(RetractStatementInput in, String by) {
        UserErrors errors = new UserErrors().text(in.reason, true, "reason");
        StatementEntity s = new StatementChecks(errors).statementForUpdate(in.statementId);
        if (s != null && s.retracted) {
            errors.conflict("The statement is already retracted (" + s.retractionReason + ")", "statementId");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        s.retracted = true;
        s.retractionReason = in.reason.strip();
        s.version++;
        RevisionEntity.record(Statement.TYPE, s.id, s.id, RevisionAction.RETRACTED, by, s.retractionReason);
        return Outcome.existing(s.id);
    }

    /** Sets or replaces the statement's stance on the topic. */
    static void put(StatementEntity s, TopicEntity topic, StanceLabel label, Double confidence) {
        StanceEntity stance = StanceEntity.find("statement = ?1 and topic = ?2", s, topic).firstResult();
        if (stance == null) {
            stance = new StanceEntity();
            stance.statement = s;
            stance.topic = topic;
        }
        stance.label = label;
        stance.confidence = confidence;
        stance.persist();
    }
}
