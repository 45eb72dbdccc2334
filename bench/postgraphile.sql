-- Functions and an index that let PostGraphile 4 answer the benchmark's queries over stancegraph's tables.
-- Loaded by bench/run into the benchmark database only (schema pgl; one extra index on public.statement).
-- Each function is the hand-written SQL of bench/sql/Qn.sql, so PostGraphile and pgbench answer the same way.
drop schema if exists pgl cascade;
create schema pgl;
-- allStatements(orderBy: [EFFECTIVE_ON_DESC, ID_ASC]) for Q6: PostGraphile orders by the plain column
create index if not exists pgl_statement_effective_idx on public.statement (effective_on desc, id);

-- Q1
create function pgl.topic_statements(topic_id bigint) returns setof public.statement language sql stable as $$
  select s.* from public.statement s
   where not s.retracted and exists (select 1 from public.stance st where st.statement_id = s.id and st.topic_id = $1)
   order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
$$;

-- Q2
create function pgl.actor_by_name(name text) returns public.actor language sql stable as $$
  select a.* from public.actor a
   where a.merged_into_id is null
     and (public.norm_name(a.name) = public.norm_name($1)
          or a.id in (select actor_id from public.actor_alias where norm = public.norm_name($1)))
   order by (select count(*) from public.statement s where s.speaker_id = a.id and not s.retracted) desc, a.id
   limit 1
$$;

create function pgl.actor_positions(name text)
  returns table (slug text, label text, since date, last_stated_on date, statement_count int)
  language sql stable set search_path = public as $$
with recursive the_actor as (
    select a.id from actor a
     where a.merged_into_id is null
       and (norm_name(a.name) = norm_name($1)
            or a.id in (select actor_id from actor_alias where norm = norm_name($1)))
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
select t.slug, p.label, p.since, p.last_stated_on, p.statement_count from positions p join topic t on t.id = p.topic_id order by p.last_stated_on desc, p.topic_id
$$;

-- Q3
create function pgl.topic_map(topic_id bigint)
  returns table (actor_id bigint, actor_name text, actor_kind text, label text, since date, last_stated_on date,
                 statement_count int, evidence_text text, evidence_said_on date)
  language sql stable set search_path = public as $$
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= current_date and st.topic_id = $1
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
 order by p.last_stated_on desc, p.actor_id
$$;

-- Q4
create function pgl.search_statements(search text) returns setof public.statement language sql stable as $$
  select s.* from public.statement s
   where not s.retracted and s.search_vector @@ websearch_to_tsquery('english', $1)
   order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
$$;

-- Q5
create function pgl.topic_shifts(topic_id bigint)
  returns table (actor_id bigint, actor_name text, from_label text, to_label text, shifted_on date,
                 from_text text, to_text text, to_title text)
  language sql stable set search_path = public as $$
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= '9999-12-31'::date and st.topic_id = $1
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
 limit 20
$$;

-- Q7
create function pgl.topic_trend(topic_id bigint, "from" date, "to" date)
  returns table (period_start date, label text, actor_count int, statement_count int)
  language sql stable set search_path = public as $$
with recursive base as (
    select s.id, s.speaker_id, s.on_behalf_of_id, s.effective_on, st.topic_id, st.label, st.confidence,
           case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end as kind_rank, s.start_offset
      from stance st join statement s on s.id = st.statement_id
     where not s.retracted and s.effective_on <= $3 and st.topic_id = $1
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
    select gs::date as period_start, least((gs + interval '1 month')::date - 1, $3) as period_end
      from generate_series(date_trunc('month', $2), $3, interval '1 month') gs
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
           and b.effective_on >= greatest(bk.period_start, $2)
     group by 1, 2
)
select bk.period_start, l.label, coalesce(ac.n, 0), coalesce(sc.n, 0)
  from buckets bk cross join labels l
  left join actor_counts ac on ac.period_start = bk.period_start and ac.label = l.label
  left join statement_counts sc on sc.period_start = bk.period_start and sc.label = l.label
 order by bk.period_start, l.ord
$$;
