-- Q5: the first 20 stance shifts on :topic, oldest first, with both statements and the later one's article.
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= '9999-12-31'::date and st.topic_id = :topic
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
)
select r.actor_id, a.name, r.prev_label, r.label, r.effective_on, fs.text, ts.text, ar.title
  from runs r
  join actor a on a.id = r.actor_id and a.merged_into_id is null
  join statement fs on fs.id = r.prev_id
  join statement ts on ts.id = r.id
  join article ar on ar.id = ts.article_id
 where r.prev_label is not null and r.prev_label <> r.label
 order by r.effective_on, r.actor_id, r.topic_id
 limit 21;
