-- Q3: positions on :topic with roll-up, most recently stated first, 100 of them, each with its newest evidence.
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= current_date and st.topic_id = :topic
),
credit(id, actor_id, depth) as (
    select distinct id, speaker_id, 0 from base where speaker_id is not null
    union
    select distinct id, on_behalf_of_id, 0 from base where on_behalf_of_id is not null
    union
    select c.id, a.organization_id, c.depth + 1
      from credit c
      join (select distinct id, effective_on from base) b on b.id = c.id
      join affiliation a on a.member_id = c.actor_id
           and (a.started_on is null or a.started_on <= b.effective_on)
           and (a.ended_on is null or b.effective_on <= a.ended_on)
     where c.depth < 6
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
select p.actor_id, a.name, a.kind, p.label, p.since, p.last_stated_on, p.statement_count, ev.text, ev.said_on
  from (select * from positions order by last_stated_on desc, actor_id limit 101) p
  join actor a on a.id = p.actor_id
  cross join lateral (
       select s.text, s.said_on from credited cr join statement s on s.id = cr.id
        where cr.actor_id = p.actor_id and cr.topic_id = p.topic_id
        order by cr.effective_on desc, cr.confidence desc nulls last, cr.kind_rank, cr.start_offset desc nulls last, cr.id desc
        limit 1) ev
 order by p.last_stated_on desc, p.actor_id;
