package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.LockModeType;

import io.stancegraph.actor.ActorService;
import io.stancegraph.actor.ActorEntity;
import io.stancegraph.article.Article;
import io.stancegraph.article.ArticleEntity;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.UserErrors;
import io.stancegraph.topic.Topic;
import io.stancegraph.topic.TopicEntity;

/** Lookups and checks shared by the statement mutations; each failure is a user error at its input field. */
final class StatementChecks {

    private final UserErrors errors;

    StatementChecks(UserErrors errors) {
        this.errors = errors;
    }

    ArticleEntity article(String id) {
        ArticleEntity a = GlobalId.keyOf(Article.TYPE, id).map(k -> ArticleEntity.<ArticleEntity>findById(k)).orElse(null);
        if (a == null) {
            errors.notFound("No article has ID '" + id + "'", "articleId");
        }
        return a;
    }

    /** A live actor, following merges; null (no error) when {@code id} is null. */
    ActorEntity actor(String id, String... field) {
        return id == null ? null : ActorService.live(id, errors, field);
    }

    Set<ActorEntity> actors(List<String> ids, String field) {
        Set<ActorEntity> found = new LinkedHashSet<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            ActorEntity a = actor(ids.get(i), field, String.valueOf(i));
            if (a != null) {
                found.add(a);
            }
        }
        return found;
    }

    TopicEntity topic(String id, String... field) {
        TopicEntity t = GlobalId.keyOf(Topic.TYPE, id).map(k -> TopicEntity.<TopicEntity>findById(k)).orElse(null);
        if (t == null) {
            errors.notFound("No topic has ID '" + id + "'", field);
        }
        return t;
    }

    /** The statement, locked for this transaction so concurrent edits queue instead of overwriting each other. */
    StatementEntity statementForUpdate(String id) {
        StatementEntity s = GlobalId.keyOf(Statement.TYPE, id)
                .map(k -> StatementEntity.<StatementEntity>findById(k, LockModeType.PESSIMISTIC_WRITE)).orElse(null);
        if (s == null) {
            errors.notFound("No statement has ID '" + id + "'", "statementId");
        }
        return s;
    }

    StatementEntity respondsTo(String id) {
        if (id == null) {
            return null;
        }
        StatementEntity s = GlobalId.keyOf(Statement.TYPE, id).map(k -> StatementEntity.<StatementEntity>findById(k))
                .orElse(null);
        if (s == null) {
            errors.notFound("No statement has ID '" + id + "'", "respondsToId");
        }
        return s;
    }

    /** The date as stored: MONTH and YEAR precision keep the period's first day. */
    static LocalDate normalize(LocalDate day, DatePrecision precision) {
        if (day == null || precision == null) {
            return day;
        }
        return switch (precision) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    void date(LocalDate day, DatePrecision precision) {
        if (precision != null && day == null) {
            errors.validation("saidOnPrecision needs saidOn", "saidOnPrecision");
        }
    }

    /** start/end go together and must index exactly {@code text} in {@code body}. */
    void offsets(String body, String text, Integer start, Integer end) {
        if ((start == null) != (end == null)) {
            errors.validation("start and end go together", start == null ? "start" : "end");
            return;
        }
        if (start == null || body == null || text == null) {
            return;
        }
        if (start < 0 || end > body.length() || start >= end) {
            errors.validation("start and end must satisfy 0 <= start < end <= " + body.length()
                    + " (the body's length), got " + start + " and " + end, "start");
        } else if (!body.substring(start, end).equals(text)) {
            errors.validation("body[" + start + ":" + end + "] is \"" + abbreviate(body.substring(start, end))
                    + "\", not the statement's text", "start");
        }
    }

    void stances(List<StatementInputs.StanceInput> stances) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; stances != null && i < stances.size(); i++) {
            StatementInputs.StanceInput s = stances.get(i);
            String index = String.valueOf(i);
            topic(s.topicId, "stances", index, "topicId");
            errors.confidence(s.confidence, "stances", index, "confidence");
            if (!seen.add(s.topicId)) {
                errors.validation("Only one stance per topic", "stances", index, "topicId");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
