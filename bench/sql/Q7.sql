-- Q7: monthly stance trend of :topic from :from to :to: actors by position at each month's end (net changes per
-- month in topic_month, summed from the start), statements per month (:from is the first of a month here).
with buckets as (
    select gs::date as period_start from generate_series(date_trunc('month', :from::date), :to::date, interval '1 month') gs
),
labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
before as (
    select tm.label, sum(tm.actors) as actors from topic_month tm
     where tm.topic_id = :topic and tm.month < date_trunc('month', :from::date) group by 1
),
within as (
    select tm.month as period_start, tm.label, tm.actors, tm.statements from topic_month tm
     where tm.topic_id = :topic and tm.month >= date_trunc('month', :from::date) and tm.month <= :to::date
)
select bk.period_start, l.label,
       (coalesce(b.actors, 0) + sum(coalesce(w.actors, 0)) over (partition by l.label order by bk.period_start))::int,
       coalesce(w.statements, 0)::int
  from buckets bk cross join labels l
  left join within w on w.period_start = bk.period_start and w.label = l.label
  left join before b on b.label = l.label
 order by bk.period_start, l.ord;
