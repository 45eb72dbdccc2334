-- Q2: the actor :name (name or alias; the most statements wins a tie), its positions on every topic (the latest
-- position_day rows) and its latest 20 statements, as one statement returning JSON.
with candidates as (
    select a.id from actor a where a.merged_into_id is null and norm_name(a.name) = norm_name(:name)
    union
    select a.id from actor a
     where a.merged_into_id is null and a.id in (select actor_id from actor_alias where norm = norm_name(:name))
),
the_actor as (
    select c.id from candidates c
     order by case when (select count(*) from candidates) = 1 then 0
                   else (select count(*) from statement s where s.speaker_id = c.id and not s.retracted) end desc, c.id
     limit 1
),
positions as (
    select p.topic_id, p.label, p.since, p.day, p.statement_count from position_day p
     where p.actor_id = (select id from the_actor) and not p.rolled and p.next_day is null and p.day <= current_date
    union all
    select p.topic_id, p.label, p.since, p.day, p.statement_count from position_day p
     where p.actor_id = (select id from the_actor) and not p.rolled and p.next_day > current_date and p.day <= current_date
)
select a.name, a.kind,
       (select json_agg(json_build_object('slug', t.slug, 'label', p.label, 'since', p.since,
                        'lastStatedOn', p.day, 'statementCount', p.statement_count) order by p.day desc, p.topic_id)
          from positions p join topic t on t.id = p.topic_id) as positions,
       (select json_agg(x) from (
            select s.text, s.kind, s.said_on, ar.title, ar.published_on
              from statement s join article ar on ar.id = s.article_id
             where s.speaker_id = a.id and not s.retracted
             order by coalesce(s.effective_on, '-infinity'::date) desc, s.id limit 21) x) as statements
  from actor a where a.id = (select id from the_actor);
