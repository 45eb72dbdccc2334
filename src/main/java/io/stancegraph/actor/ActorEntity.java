package io.stancegraph.actor;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @ManyToOne
    @jakarta.persistence.JoinColumn(name = "merged_into_id")
    public ActorEntity mergedInto;

    /**
     * A live actor whose name or alias matches, ignoring case, spaces and punctuation. Name and alias are two arms of
     * a union so each uses its index; with an OR the planner normalised every actor's name.
     */
    public static ActorEntity findByNameOrAlias(String name) {
        List<?> ids = getEntityManager().createNativeQuery("""
                select id from (
                    select a.id from actor a where a.merged_into_id is null and norm_name(a.name) = norm_name(:n)
                    union
                    select a.id from actor a join actor_alias al on al.actor_id = a.id
                     where a.merged_into_id is null and al.norm = norm_name(:n)) matches
                 order by id limit 1""")
                .setParameter("n", name).getResultList();
        return ids.isEmpty() ? null : findById(((Number) ids.get(0)).longValue());
    }

    public static ActorEntity findByWikidataId(String wikidataId) {
        return find("wikidataId", wikidataId).firstResult();
    }
}
