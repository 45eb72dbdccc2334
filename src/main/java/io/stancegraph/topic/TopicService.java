package io.stancegraph.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.RevisionAction;
import io.stancegraph.statement.RevisionEntity;

/** Creates and edits topics. */
@ApplicationScoped
public class TopicService {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    @Transactional
    public Outcome create(CreateTopicInput in, String by) {
        UserErrors errors = new UserErrors().text(in.name, true, "name").text(in.description, false, "description");
        String slug = in.slug == null ? "" : in.slug.strip();
        if (!SLUG.matcher(slug).matches()) {
            errors.validation("slug must be lowercase letters and digits joined by single hyphens, e.g. 'huawei-5g-exclusion'",
                    "slug");
        } else if (TopicEntity.findBySlug(slug) != null) {
            errors.conflict("A topic with slug '" + slug + "' already exists", "slug");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        TopicEntity t = new TopicEntity();
        t.slug = slug;
        t.name = in.name.strip();
        t.description = in.description;
        t.persist();
        RevisionEntity.record(Topic.TYPE, t.id, null, RevisionAction.CREATED, by, "slug " + slug);
        return Outcome.ok(t.id);
    }

    @Transactional
    public Outcome update(UpdateTopicInput in, String by) {
        UserErrors errors = new UserErrors().text(in.name, false, "name").text(in.description, false, "description");
        TopicEntity t = GlobalId.keyOf(Topic.TYPE, in.topicId).map(k -> TopicEntity.<TopicEntity>findById(k)).orElse(null);
        if (t == null) {
            errors.notFound("No topic has ID '" + in.topicId + "'", "topicId");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        List<String> changed = new ArrayList<>();
        if (in.name != null && !in.name.strip().equals(t.name)) {
            t.name = in.name.strip();
            changed.add("name");
        }
        if (in.description != null && !in.description.equals(t.description)) {
            t.description = in.description;
            changed.add("description");
        }
        if (!changed.isEmpty()) {
            RevisionEntity.record(Topic.TYPE, t.id, null, RevisionAction.UPDATED, by, "changed " + String.join(", ", changed));
        }
        return Outcome.existing(t.id);
    }
}
