package io.stancegraph.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.ActorInputs.AddAffiliationInput;
import io.stancegraph.actor.ActorInputs.AliasInput;
import io.stancegraph.actor.ActorInputs.CreateActorInput;
import io.stancegraph.actor.ActorInputs.UpdateActorInput;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.RevisionAction;
import io.stancegraph.statement.RevisionEntity;

/** Creates and edits actors, their aliases and affiliations. Merging lives in {@link ActorMerge}. */
@ApplicationScoped
public class ActorService {

    static final Pattern WIKIDATA = Pattern.compile("^Q[1-9][0-9]*$");

    @Transactional
    public Outcome create(CreateActorInput in, String by) {
        UserErrors errors = new UserErrors().text(in.name, true, "name").name(in.name, "name")
                .text(in.description, false, "description");
        String wikidata = wikidata(in.wikidataId, null, errors);
        List<String> aliases = in.aliases == null ? List.of() : in.aliases;
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) == null || aliases.get(i).isBlank() || aliases.get(i).indexOf('\u0000') >= 0) {
                errors.validation("aliases must not be blank or contain NUL", "aliases", String.valueOf(i));
            }
            errors.name(aliases.get(i), "aliases", String.valueOf(i));
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        ActorEntity a = new ActorEntity();
        a.name = in.name.strip();
        a.kind = in.kind;
        a.description = in.description;
        a.wikidataId = wikidata;
        a.persist();
        a.flush();
        for (String alias : aliases) {
            if (!ActorAliasEntity.exists(a, alias)) {
                ActorAliasEntity.add(a, alias.strip());
            }
        }
        RevisionEntity.record(Actor.TYPE, a.id, null, RevisionAction.CREATED, by, a.kind + " " + a.name);
        return Outcome.ok(a.id);
    }

    @Transactional
    public Outcome update(UpdateActorInput in, String by) {
        UserErrors errors = new UserErrors().text(in.name, false, "name").name(in.name, "name")
                .text(in.description, false, "description");
        ActorEntity a = live(in.actorId, errors, "actorId");
        String wikidata = a == null ? null : wikidata(in.wikidataId, a.id, errors);
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        List<String> changed = new ArrayList<>();
        if (in.name != null && !in.name.strip().equals(a.name)) {
            a.name = in.name.strip();
            changed.add("name");
        }
        if (in.kind != null && in.kind != a.kind) {
            a.kind = in.kind;
            changed.add("kind");
        }
        if (in.description != null && !in.description.equals(a.description)) {
            a.description = in.description;
            changed.add("description");
        }
        if (wikidata != null && !wikidata.equals(a.wikidataId)) {
            a.wikidataId = wikidata;
            changed.add("wikidataId");
        }
        if (!changed.isEmpty()) {
            RevisionEntity.record(Actor.TYPE, a.id, null, RevisionAction.UPDATED, by, "changed " + String.join(", ", changed));
        }
        return Outcome.existing(a.id);
    }

    @Transactional
    public Outcome addAlias(AliasInput in, String by) {
        UserErrors errors = new UserErrors().text(in.alias, true, "alias").name(in.alias, "alias");
        ActorEntity a = live(in.actorId, errors, "actorId");
        if (a != null && !errors.any() && ActorAliasEntity.exists(a, in.alias)) {
            errors.conflict("'" + in.alias.strip() + "' is already an alias of " + a.name, "alias");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        ActorAliasEntity.add(a, in.alias.strip());
        RevisionEntity.record(Actor.TYPE, a.id, null, RevisionAction.UPDATED, by, "alias added: " + in.alias.strip());
        return Outcome.existing(a.id);
    }

    @Transactional
    public Outcome removeAlias(AliasInput in, String by) {
        UserErrors errors = new UserErrors().text(in.alias, true, "alias");
        ActorEntity a = live(in.actorId, errors, "actorId");
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        int removed = ActorAliasEntity.getEntityManager()
                .createNativeQuery("delete from actor_alias where actor_id = :a and norm = norm_name(:n)")
                .setParameter("a", a.id).setParameter("n", in.alias).executeUpdate();
        if (removed == 0) {
            return Outcome.failed(errors.notFound("'" + in.alias.strip() + "' is not an alias of " + a.name, "alias"));
        }
        RevisionEntity.record(Actor.TYPE, a.id, null, RevisionAction.UPDATED, by, "alias removed: " + in.alias.strip());
        return Outcome.existing(a.id);
    }

    @Transactional
    public Outcome addAffiliation(AddAffiliationInput in, String by) {
        UserErrors errors = new UserErrors().text(in.role, false, "role");
        ActorEntity member = live(in.memberId, errors, "memberId");
        ActorEntity org = live(in.organizationId, errors, "organizationId");
        if (member != null && org != null && member.id.equals(org.id)) {
            errors.validation("An actor cannot be a member of itself", "organizationId");
        }
        if (in.startedOn != null && in.endedOn != null && in.endedOn.isBefore(in.startedOn)) {
            errors.validation("endedOn (" + in.endedOn + ") is before startedOn (" + in.startedOn + ")", "endedOn");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        AffiliationEntity af = new AffiliationEntity();
        af.member = member;
        af.organization = org;
        af.role = in.role == null ? null : in.role.strip();
        af.startedOn = in.startedOn;
        af.endedOn = in.endedOn;
        af.persist();
        RevisionEntity.record(Actor.TYPE, member.id, null, RevisionAction.UPDATED, by,
                "affiliation added: " + (af.role == null ? "member" : af.role) + " of " + org.name);
        return Outcome.existing(member.id);
    }

    /** The live actor an ID names (a merged-away ID gives its survivor), or a NOT_FOUND error at {@code field}. */
    public static ActorEntity live(String id, UserErrors errors, String... field) {
        ActorEntity a = GlobalId.keyOf(Actor.TYPE, id).map(k -> ActorEntity.<ActorEntity>findById(k)).orElse(null);
        while (a != null && a.mergedInto != null) {
            a = a.mergedInto;
        }
        if (a == null) {
            errors.notFound("No actor has ID '" + id + "'", field);
        }
        return a;
    }

    private static String wikidata(String value, Long self, UserErrors errors) {
        if (value == null) {
            return null;
        }
        String id = value.strip();
        if (!WIKIDATA.matcher(id).matches()) {
            errors.validation("wikidataId must be a Wikidata item such as Q30, got '" + value + "'", "wikidataId");
            return null;
        }
        Optional<ActorEntity> holder = Optional.ofNullable(ActorEntity.findByWikidataId(id));
        if (holder.isPresent() && !holder.get().id.equals(self)) {
            errors.conflict(holder.get().name + " already has Wikidata item " + id, "wikidataId");
        }
        return id;
    }
}
