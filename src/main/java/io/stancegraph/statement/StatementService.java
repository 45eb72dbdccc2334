package io.stancegraph.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.ActorEntity;
import io.stancegraph.article.ArticleEntity;
import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.StatementInputs.RecordStatementInput;
import io.stancegraph.statement.StatementInputs.StanceInput;
import io.stancegraph.statement.StatementInputs.UpdateStatementInput;

/** Records and edits statements: every input is checked before anything is written, in one transaction. */
@ApplicationScoped
public class StatementService {

    @Transactional
    public Outcome record(RecordStatementInput in, String by, RevisionAction action) {
        UserErrors errors = new UserErrors().text(in.text, true, "text").text(in.attribution, false, "attribution")
                .text(in.cue, false, "cue");
        StatementChecks check = new StatementChecks(errors);
        ArticleEntity article = check.article(in.articleId);
        ActorEntity speaker = check.actor(in.speakerId, "speakerId");
        ActorEntity behalf = check.actor(in.onBehalfOfId, "onBehalfOfId");
        Set<ActorEntity> mentions = check.actors(in.mentionIds, "mentionIds");
        StatementEntity respondsTo = check.respondsTo(in.respondsToId);
        check.date(in.saidOn, in.saidOnPrecision);
        check.offsets(article == null ? null : article.body, in.text, in.start, in.end);
        check.stances(in.stances);
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        StatementEntity s = new StatementEntity();
        s.article = article;
        s.speaker = speaker;
        s.onBehalfOf = behalf;
        s.attribution = in.attribution;
        s.kind = in.kind;
        s.text = in.text;
        s.cue = in.cue;
        s.saidOnPrecision = in.saidOn == null ? null : Objects.requireNonNullElse(in.saidOnPrecision, DatePrecision.DAY);
        s.saidOn = StatementChecks.normalize(in.saidOn, s.saidOnPrecision);
        s.start = in.start;
        s.end = in.end;
        s.respondsTo = respondsTo;
        s.mentions.addAll(mentions);
        s.persist();
        for (StanceInput st : in.stances == null ? List.<StanceInput>of() : in.stances) {
            StanceService.put(s, check.topic(st.topicId), st.label, st.confidence);
        }
        RevisionEntity.record(Statement.TYPE, s.id, s.id, action, by,
                s.kind + " by " + (speaker == null ? "unknown speaker" : speaker.name));
        return Outcome.ok(s.id);
    }

    @Transactional
    public Outcome update(UpdateStatementInput in, String by) {
        UserErrors errors = new UserErrors().text(in.text, false, "text").text(in.attribution, false, "attribution")
                .text(in.cue, false, "cue");
        StatementChecks check = new StatementChecks(errors);
        StatementEntity s = check.statementForUpdate(in.statementId);
        if (s == null) {
            return Outcome.failed(errors);
        }
        if (in.expectedVersion != null && in.expectedVersion != s.version) {
            return Outcome.failed(errors.conflict("The statement is at version " + s.version + ", not "
                    + in.expectedVersion + ": someone changed it since you read it; reload and try again",
                    "expectedVersion"));
        }
        ActorEntity speaker = check.actor(in.speakerId, "speakerId");
        ActorEntity behalf = check.actor(in.onBehalfOfId, "onBehalfOfId");
        Set<ActorEntity> mentions = in.mentionIds == null ? null : check.actors(in.mentionIds, "mentionIds");
        StatementEntity respondsTo = check.respondsTo(in.respondsToId);
        if (respondsTo != null && respondsTo.id.equals(s.id)) {
            errors.validation("A statement cannot answer itself", "respondsToId");
        }
        String text = in.text != null ? in.text : s.text;
        Integer start = in.start != null || in.end != null ? in.start : s.start;
        Integer end = in.start != null || in.end != null ? in.end : s.end;
        check.offsets(s.article.body, text, start, end);
        java.time.LocalDate day = in.saidOn != null ? in.saidOn : s.saidOn;
        DatePrecision precision = in.saidOnPrecision != null ? in.saidOnPrecision
                : in.saidOn != null && s.saidOnPrecision == null ? DatePrecision.DAY : s.saidOnPrecision;
        check.date(day, precision);
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        List<String> changed = new ArrayList<>();
        s.speaker = change(changed, "speaker", s.speaker, speaker);
        s.onBehalfOf = change(changed, "onBehalfOf", s.onBehalfOf, behalf);
        s.attribution = change(changed, "attribution", s.attribution, in.attribution);
        s.kind = change(changed, "kind", s.kind, in.kind);
        s.text = change(changed, "text", s.text, in.text);
        s.cue = change(changed, "cue", s.cue, in.cue);
        s.saidOn = change(changed, "saidOn", s.saidOn, StatementChecks.normalize(day, precision));
        s.saidOnPrecision = change(changed, "saidOnPrecision", s.saidOnPrecision, precision);
        s.start = change(changed, "start", s.start, start);
        s.end = change(changed, "end", s.end, end);
        s.respondsTo = change(changed, "respondsTo", s.respondsTo, respondsTo);
        if (mentions != null && !mentions.equals(s.mentions)) {
            s.mentions.clear();
            s.mentions.addAll(mentions);
            changed.add("mentions");
        }
        if (!changed.isEmpty()) {
            s.version++;
            RevisionEntity.record(Statement.TYPE, s.id, s.id, RevisionAction.UPDATED, by,
                    "changed " + String.join(", ", changed));
        }
        return Outcome.existing(s.id);
    }

    /** The new value when one is given and differs, noting the field; the old value otherwise. */
    private static <T> T change(List<String> changed, String field, T old, T given) {
        if (given == null || given.equals(old)) {
            return old;
        }
        changed.add(field);
        return given;
    }
}
