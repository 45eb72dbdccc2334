-- Functions and an index that let PostGraphile 4 answer the benchmark's queries over stancegraph's tables.
-- Loaded by bench/run into the benchmark database only (schema pgl; one extra index on public.statement).
-- Each function is the hand-written SQL of bench/sql/Qn.sql, so PostGraphile and pgbench answer the same way.
drop schema if exists pgl cascade;
create schema pgl;
-- allStatements(orderBy: [EFFECTIVE_ON_DESC, ID_ASC]) for Q6: PostGraphile orders by the plain column
create index if not exists pgl_statement_effective_idx on public.statement (effective_on desc, id);
-- statementsBySpeakerId(orderBy: [EFFECTIVE_ON_DESC, ID_ASC]) for Q2: without it a busy speaker's statements
-- (90,000 at full scale) were sorted on every request (PostGraphile Q2: 22 req/s)
create index if not exists pgl_statement_speaker_effective_idx on public.statement (speaker_id, effective_on desc, id);

-- Q1
create function pgl.topic_statements(topic_id bigint) returns setof public.statement language sql stable as $$
  select s.* from public.statement s
   where not s.retracted and exists (select 1 from public.stance st where st.statement_id = s.id and st.topic_id = $1)
   order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
$$;

-- Q2
create function pgl.actor_by_name(name text) returns public.actor language sql stable set search_path = public as $$
  with candidates as (
      select a.* from actor a where a.merged_into_id is null and norm_name(a.name) = norm_name($1)
      union
      select a.* from actor a
       where a.merged_into_id is null and a.id in (select actor_id from actor_alias where norm = norm_name($1)))
  select c.* from candidates c
   order by case when (select count(*) from candidates) = 1 then 0
                 else (select count(*) from statement s where s.speaker_id = c.id and not s.retracted) end desc, c.id
   limit 1
$$;

create function pgl.actor_positions(name text)
  returns table (slug text, label text, since date, last_stated_on date, statement_count int)
  language sql stable set search_path = public as $$
  select t.slug, p.label, p.since, p.day, p.statement_count
    from position_day p join topic t on t.id = p.topic_id
   where p.actor_id = (select id from pgl.actor_by_name($1)) and not p.rolled and p.day <= current_date
     and (p.next_day is null or p.next_day > current_date)
   order by p.day desc, p.topic_id
$$;

-- Q3
create function pgl.topic_map(topic_id bigint)
  returns table (actor_id bigint, actor_name text, actor_kind text, label text, since date, last_stated_on date,
                 statement_count int, evidence_text text, evidence_said_on date)
  language sql stable set search_path = public as $$
  select p.actor_id, a.name, a.kind, p.label, p.since, p.day, p.statement_count, ev.text, ev.said_on
    from (select * from (
              (select pd.actor_id, pd.topic_id, pd.label, pd.since, pd.day, pd.statement_count from position_day pd
                where pd.topic_id = $1 and pd.rolled and pd.next_day is null and pd.day <= current_date
                order by pd.day desc, pd.actor_id limit 101)
              union all
              (select pd.actor_id, pd.topic_id, pd.label, pd.since, pd.day, pd.statement_count from position_day pd
                where pd.topic_id = $1 and pd.rolled and pd.next_day > current_date and pd.day <= current_date)) held
           order by day desc, actor_id limit 101) p
    join actor a on a.id = p.actor_id
   cross join lateral (
         select s.text, s.said_on from position_credit c join statement s on s.id = c.statement_id
          where c.actor_id = p.actor_id and c.topic_id = p.topic_id and c.effective_on <= current_date
          order by c.effective_on desc, c.confidence desc nulls last, c.kind_rank, c.start_offset desc nulls last,
                   c.statement_id desc
          limit 1) ev
   order by p.day desc, p.actor_id
$$;

-- Q4
create function pgl.search_statements(search text) returns setof public.statement language sql stable as $$
  select s.* from public.statement s
   where not s.retracted and s.search_vector @@ websearch_to_tsquery('english', $1)
   order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
$$;

-- Q5
-- n: PostGraphile pages a set-returning function after computing all of it (a function with SET search_path is
-- not inlined), so the page size is passed in and the limit applied inside, as bench/sql/Q5.sql does
create function pgl.topic_shifts(topic_id bigint, n int)
  returns table (actor_id bigint, actor_name text, from_label text, to_label text, shifted_on date,
                 from_text text, to_text text, to_title text)
  language sql stable set search_path = public as $$
  select pd.actor_id, a.name, pd.prev_label, pd.label, pd.day, fs.text, ts.text, ar.title
    from position_day pd
    join actor a on a.id = pd.actor_id
    join statement fs on fs.id = pd.prev_statement_id
    join statement ts on ts.id = pd.statement_id
    join article ar on ar.id = ts.article_id
   where pd.topic_id = $1 and not pd.rolled and pd.prev_label <> pd.label
   order by pd.day, pd.actor_id
   limit $2
$$;

-- Q7
create function pgl.topic_trend(topic_id bigint, "from" date, "to" date)
  returns table (period_start date, label text, actor_count int, statement_count int)
  language sql stable set search_path = public as $$
  with buckets as (
      select gs::date as period_start from generate_series(date_trunc('month', $2), $3, interval '1 month') gs
  ),
  labels(label, ord) as (values ('SUPPORT', 1), ('OPPOSE', 2), ('NEUTRAL', 3), ('MIXED', 4)),
  before as (
      select tm.label, sum(tm.actors) as actors from topic_month tm
       where tm.topic_id = $1 and tm.month < date_trunc('month', $2) group by 1
  ),
  within as (
      select tm.month as period_start, tm.label, tm.actors, tm.statements from topic_month tm
       where tm.topic_id = $1 and tm.month >= date_trunc('month', $2) and tm.month <= $3
  )
  select bk.period_start, l.label,
         (coalesce(b.actors, 0) + sum(coalesce(w.actors, 0)) over (partition by l.label order by bk.period_start))::int,
         coalesce(w.statements, 0)::int
    from buckets bk cross join labels l
    left join within w on w.period_start = bk.period_start and w.label = l.label
    left join before b on b.label = l.label
   order by bk.period_start, l.ord
$$;
