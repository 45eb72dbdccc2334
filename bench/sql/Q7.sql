-- Q7: monthly stance trend of :topic from :from to :to: actors by position at each month's end (net changes per
-- day in topic_day, summed), statements per month.
with buckets as (
    select gs::date as period_start, least((gs + interval '1 month')::date - 1, :to::date) as period_end
      from generate_series(date_trunc('month', :from::date), :to::date, interval '1 month') gs
),
labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
before as (
    select td.label, sum(td.actors) as actors from topic_day td
     where td.topic_id = :topic and td.day < date_trunc('month', :from::date)::date group by 1
),
within as (
    select date_trunc('month', td.day)::date as period_start, td.label, sum(td.actors) as actors,
           sum(td.statements) filter (where td.day >= :from::date) as statements
      from topic_day td
     where td.topic_id = :topic and td.day >= date_trunc('month', :from::date)::date and td.day <= :to::date
     group by 1, 2
)
select bk.period_start, l.label,
       (coalesce(b.actors, 0) + sum(coalesce(w.actors, 0)) over (partition by l.label order by bk.period_start))::int,
       coalesce(w.statements, 0)::int
  from buckets bk cross join labels l
  left join within w on w.period_start = bk.period_start and w.label = l.label
  left join before b on b.label = l.label
 order by bk.period_start, l.ord;
