-- Q2: the actor :name (name or alias, most statements wins), its positions on every topic and its latest
-- 20 statements, as one statement returning JSON.
with recursive the_actor as (
    select a.id from actor a
     where a.merged_into_id is null
       and (norm_name(a.name) = norm_name(:name)
            or a.id in (select actor_id from actor_alias where norm = norm_name(:name)))
     order by (select count(*) from statement s where s.speaker_id = a.id and not s.retracted) desc, a.id
     limit 1
),
base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= current_date and s.speaker_id = (select id from the_actor)
),
credit(id, actor_id, depth) as (
    select distinct id, speaker_id, 0 from base where speaker_id is not null
),
credited as (
    select distinct c.actor_id, b.id, b.effective_on, b.topic_id, b.label, b.confidence, b.kind_rank, b.start_offset
      from credit c join base b on b.id = c.id
),
daily as (
    select * from (
        select cr.*, row_number() over (partition by actor_id, topic_id, effective_on
               order by confidence desc nulls last, kind_rank, start_offset desc nulls last, id desc) as day_rank
          from credited cr) ranked
     where day_rank = 1
),
changes as (
    select d.*, lag(label) over w as prev_label, lag(id) over w as prev_id
      from daily d window w as (partition by actor_id, topic_id order by effective_on)
),
runs as (
    select c.*, sum(case when c.prev_label is distinct from c.label then 1 else 0 end)
               over (partition by actor_id, topic_id order by effective_on) as run_no
      from changes c
),
latest as (
    select distinct on (actor_id, topic_id) actor_id, topic_id, label, run_no
      from runs order by actor_id, topic_id, effective_on desc
),
positions as (
    select l.actor_id, l.topic_id, l.label, r.since, c.last_stated_on, c.statement_count
      from latest l
      join (select actor_id, topic_id, run_no, min(effective_on) as since from runs group by 1, 2, 3) r
           using (actor_id, topic_id, run_no)
      join (select actor_id, topic_id, max(effective_on) as last_stated_on, count(*)::int as statement_count
              from credited group by 1, 2) c using (actor_id, topic_id)
      join actor a on a.id = l.actor_id and a.merged_into_id is null
)
select a.name, a.kind,
       (select json_agg(json_build_object('slug', t.slug, 'label', p.label, 'since', p.since,
                        'lastStatedOn', p.last_stated_on, 'statementCount', p.statement_count)
                        order by p.last_stated_on desc, p.topic_id)
          from positions p join topic t on t.id = p.topic_id) as positions,
       (select json_agg(x) from (
            select s.text, s.kind, s.said_on, ar.title, ar.published_on
              from statement s join article ar on ar.id = s.article_id
             where s.speaker_id = a.id and not s.retracted
             order by coalesce(s.effective_on, '-infinity'::date) desc, s.id limit 21) x) as statements
  from actor a where a.id = (select id from the_actor);
