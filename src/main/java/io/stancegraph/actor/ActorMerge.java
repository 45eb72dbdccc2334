package io.stancegraph.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.ActorInputs.MergeActorsInput;
import io.stancegraph.common.GlobalId;
import io.stancegraph.common.Outcome;
import io.stancegraph.common.UserErrors;
import io.stancegraph.statement.RevisionAction;
import io.stancegraph.statement.RevisionEntity;

/**
 * Makes one actor of two: statements (as speaker and on-behalf-of, each with a MERGED revision and a new version),
 * mentions, aliases (the absorbed name becomes one) and affiliations move to the survivor, and the absorbed row
 * stays as a forwarding pointer so its ID keeps resolving. Set-based SQL: the cost does not grow with round trips.
 */
@ApplicationScoped
public class ActorMerge {

    @Transactional
    public Outcome merge(MergeActorsInput in, String by) {
        UserErrors errors = new UserErrors();
        ActorEntity into = ActorService.live(in.intoId, errors, "intoId");
        ActorEntity from = GlobalId.keyOf(Actor.TYPE, in.fromId).map(k -> ActorEntity.<ActorEntity>findById(k)).orElse(null);
        if (from == null) {
            errors.notFound("No actor has ID '" + in.fromId + "'", "fromId");
        } else if (from.mergedInto != null) {
            errors.conflict(from.name + " was already merged into another actor", "fromId");
        } else if (into != null && into.id.equals(from.id)) {
            errors.validation("An actor cannot be merged into itself", "fromId");
        }
        if (errors.any()) {
            return Outcome.failed(errors);
        }
        EntityManager em = ActorEntity.getEntityManager();
        long f = from.id;
        long t = into.id;
        String detail = "merged " + from.name + " (" + GlobalId.encode(Actor.TYPE, f) + ") into " + into.name;
        int moved = em.createNativeQuery("""
                with moved as (
                    update statement
                       set speaker_id = case when speaker_id = :from then :into else speaker_id end,
                           on_behalf_of_id = case when on_behalf_of_id = :from then :into else on_behalf_of_id end,
                           version = version + 1, updated_at = now()
                     where speaker_id = :from or on_behalf_of_id = :from
                        or id in (select statement_id from statement_mention where actor_id = :from)
                    returning id)
                insert into revision (statement_id, entity_type, entity_id, action, by_subject, detail)
                select id, 'Statement', id, 'MERGED', :by, :detail from moved""")
                .setParameter("from", f).setParameter("into", t).setParameter("by", by).setParameter("detail", detail)
                .executeUpdate();
        em.createNativeQuery("""
                insert into statement_mention (statement_id, actor_id)
                select statement_id, :into from statement_mention where actor_id = :from on conflict do nothing""")
                .setParameter("from", f).setParameter("into", t).executeUpdate();
        em.createNativeQuery("delete from statement_mention where actor_id = :from").setParameter("from", f).executeUpdate();
        em.createNativeQuery("""
                insert into actor_alias (actor_id, alias)
                select :into, alias from (select cast(:name as text) as alias, 0 as o, 0::bigint as id
                                          union all select alias, 1, id from actor_alias where actor_id = :from) a
                 where norm_name(alias) <> norm_name(:intoName)
                 order by o, id
                on conflict (actor_id, norm) do nothing""")
                .setParameter("from", f).setParameter("into", t).setParameter("name", from.name)
                .setParameter("intoName", into.name).executeUpdate();
        em.createNativeQuery("delete from actor_alias where actor_id = :from").setParameter("from", f).executeUpdate();
        em.createNativeQuery("update affiliation set member_id = :into where member_id = :from and organization_id <> :into")
                .setParameter("from", f).setParameter("into", t).executeUpdate();
        em.createNativeQuery("update affiliation set organization_id = :into where organization_id = :from and member_id <> :into")
                .setParameter("from", f).setParameter("into", t).executeUpdate();
        em.createNativeQuery("delete from affiliation where member_id = :from or organization_id = :from")
                .setParameter("from", f).executeUpdate();
        em.createNativeQuery("update actor set merged_into_id = :into where merged_into_id = :from")
                .setParameter("from", f).setParameter("into", t).executeUpdate();
        if (into.wikidataId == null && from.wikidataId != null) {
            String wikidata = from.wikidataId;
            from.wikidataId = null;
            em.flush();
            into.wikidataId = wikidata;
        }
        if (into.description == null) {
            into.description = from.description;
        }
        from.mergedInto = into;
        RevisionEntity.record(Actor.TYPE, t, null, RevisionAction.MERGED, by, detail + "; " + moved + " statements moved");
        RevisionEntity.record(Actor.TYPE, f, null, RevisionAction.MERGED, by, detail);
        return Outcome.existing(t);
    }
}
