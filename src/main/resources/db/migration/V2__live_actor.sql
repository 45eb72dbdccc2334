-- After mergeActors an absorbed actor's ID still names the survivor: filters by an old ID follow the chain.
create function live_actor(id bigint) returns bigint
    language sql stable parallel safe strict
    return (with recursive chain(id, next, depth) as (
                select a.id, a.merged_into_id, 0 from actor a where a.id = live_actor.id
                union all
                select a.id, a.merged_into_id, c.depth + 1 from chain c join actor a on a.id = c.next where c.depth < 16)
            select chain.id from chain where chain.next is null limit 1);
