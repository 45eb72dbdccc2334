-- Q7: monthly stance trend of :topic from :from to :to (actors by position at each month's end, statements per month).
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= :to::date and st.topic_id = :topic
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
buckets as (
    select gs::date as period_start, least((gs + interval '1 month')::date - 1, :to::date) as period_end
      from generate_series(date_trunc('month', :from::date), :to::date, interval '1 month') gs
),
labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
actor_counts as (
    select bk.period_start, p.label, count(*)::int as n
      from buckets bk cross join lateral (
           select distinct on (d.actor_id) d.actor_id, d.label
             from daily d join actor a on a.id = d.actor_id and a.merged_into_id is null
            where d.effective_on <= bk.period_end
            order by d.actor_id, d.effective_on desc) p
     group by 1, 2
),
statement_counts as (
    select bk.period_start, b.label, count(distinct b.id)::int as n
      from buckets bk join base b on b.effective_on <= bk.period_end
           and b.effective_on >= greatest(bk.period_start, :from::date)
     group by 1, 2
)
select bk.period_start, l.label, coalesce(ac.n, 0), coalesce(sc.n, 0)
  from buckets bk cross join labels l
  left join actor_counts ac on ac.period_start = bk.period_start and ac.label = l.label
  left join statement_counts sc on sc.period_start = bk.period_start and sc.label = l.label
 order by bk.period_start, l.ord;
