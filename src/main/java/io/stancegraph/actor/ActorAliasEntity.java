package io.stancegraph.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "actor_alias")
public class ActorAliasEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    public ActorEntity actor;

    @Column(nullable = false)
    public String alias;

    /** Adds an alias to the actor, written at once so a later {@link #exists} in the same transaction sees it. */
    public static void add(ActorEntity actor, String alias) {
        ActorAliasEntity al = new ActorAliasEntity();
        al.actor = actor;
        al.alias = alias;
        al.persist();
        al.flush();
    }

    /** Whether the actor already has this alias, compared as lookups compare names. */
    public static boolean exists(ActorEntity actor, String alias) {
        return ((Number) getEntityManager().createNativeQuery(
                "select count(*) from actor_alias where actor_id = :a and norm = norm_name(:n)")
                .setParameter("a", actor.id).setParameter("n", alias).getSingleResult()).longValue() > 0;
    }
}
