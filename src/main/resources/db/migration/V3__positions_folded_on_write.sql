-- Positions are folded when stances change, not when they are read. Reads of positions, shifts, summaries and
-- trends become index range scans over these tables instead of a fold over every stance of a topic.
--
-- position_stance   every live, dated stance (a statement's stance on a topic), with what the fold needs of it
-- position_credit   each of those once per actor it counts for: its speaker (own), and for rollUp also the body it
--                   was said on behalf of and every organisation either belonged to on that day (nested affiliations)
-- position_day      per actor, topic and day, with and without rollUp: the day's winning stance and the position it
--                   makes (label, run start, statements so far, the day before and the next day)
-- topic_day         per topic, day and label: statements that day, and the net change in actors holding the label
-- topic_month       the same per calendar month
--
-- Triggers on stance, statement and affiliation keep them: position_refresh(statement IDs) recomputes what those
-- statements feed, before and after the change, in the same transaction.

create table position_stance (
    statement_id    bigint not null,
    topic_id        bigint not null,
    effective_on    date not null,
    label           text not null,
    confidence      double precision,
    -- DIRECT 0, INDIRECT 1, REPORTED 2: the tie-break after confidence
    kind_rank       smallint not null,
    start_offset    int,
    speaker_id      bigint,
    on_behalf_of_id bigint,
    primary key (statement_id, topic_id)
);

create table position_credit (
    actor_id     bigint not null,
    topic_id     bigint not null,
    statement_id bigint not null,
    -- the actor is the speaker: the credit counts without rollUp too
    own          boolean not null,
    effective_on date not null,
    label        text not null,
    confidence   double precision,
    kind_rank    smallint not null,
    start_offset int,
    primary key (actor_id, topic_id, statement_id)
);
create index position_credit_statement_idx on position_credit (statement_id);
-- Position.evidence: newest first, in the fold's order of preference within a day
create index position_credit_evidence_idx on position_credit
    (actor_id, topic_id, effective_on desc, confidence desc nulls last, kind_rank, start_offset desc nulls last, statement_id desc)
    include (own);

create table position_day (
    actor_id          bigint not null,
    topic_id          bigint not null,
    rolled            boolean not null,
    day               date not null,
    statement_id      bigint not null,
    label             text not null,
    -- the label and winning statement of the actor's previous day on the topic; null on its first
    prev_label        text,
    prev_statement_id bigint,
    -- first day of the run of equal labels this day belongs to
    since             date not null,
    -- statements credited up to and including this day
    statement_count   int not null,
    -- the actor's next day on the topic; null on the latest: a row is the position from day until next_day
    next_day          date,
    primary key (actor_id, topic_id, rolled, day)
);
-- current positions (the latest row) by topic, in both orders, and by actor
create index position_day_topic_latest_idx on position_day (topic_id, rolled, day desc, actor_id) where next_day is null;
create index position_day_topic_count_idx on position_day (topic_id, rolled, statement_count desc, actor_id) where next_day is null;
create index position_day_actor_latest_idx on position_day (actor_id, rolled, topic_id) where next_day is null;
-- positions as of a past day: rows superseded after it
create index position_day_topic_superseded_idx on position_day (topic_id, rolled, next_day) where next_day is not null;
create index position_day_actor_superseded_idx on position_day (actor_id, rolled, next_day) where next_day is not null;
-- shifts: a label that differs from the day before
create index position_day_shift_topic_idx on position_day (topic_id, rolled, day, actor_id) where prev_label <> label;
create index position_day_shift_actor_idx on position_day (actor_id, rolled, day, topic_id) where prev_label <> label;
create index position_day_shift_all_idx on position_day (rolled, day, actor_id, topic_id) where prev_label <> label;

create table topic_day (
    topic_id      bigint not null,
    day           date not null,
    label         text not null,
    statements    int not null,
    -- net change that day in the number of actors whose position has this label (speakers only / with rollUp)
    actors        int not null,
    actors_rolled int not null,
    -- trends read every column of a topic's days: all of them in the index
    primary key (topic_id, day, label) include (statements, actors, actors_rolled)
);


-- topic_day summed per calendar month: a trend over years reads a few hundred of these instead of every day
create table topic_month (
    topic_id      bigint not null,
    month         date not null,
    label         text not null,
    statements    int not null,
    actors        int not null,
    actors_rolled int not null,
    primary key (topic_id, month, label) include (statements, actors, actors_rolled)
);

create function position_refresh(ids bigint[]) returns void language plpgsql as $$
declare
    day_topics  bigint[];
    days        date[];
    pair_actors bigint[];
    pair_topics bigint[];
begin
    if ids is null or cardinality(ids) = 0 then
        return;
    end if;
    -- one refresh at a time (readers are not blocked): two transactions refolding the same actor and topic from
    -- different snapshots would otherwise each keep rows the other deleted
    lock table position_stance in share row exclusive mode;

    -- 1. the statements' live, dated stances, replaced
    with gone as (delete from position_stance where statement_id = any(ids) returning topic_id, effective_on)
    select array_agg(topic_id), array_agg(effective_on) into day_topics, days from gone;
    with added as (
        insert into position_stance (statement_id, topic_id, effective_on, label, confidence, kind_rank, start_offset,
                                     speaker_id, on_behalf_of_id)
        select s.id, st.topic_id, s.effective_on, st.label, st.confidence,
               case s.kind when 'DIRECT' then 0 when 'INDIRECT' then 1 else 2 end, s.start_offset,
               s.speaker_id, s.on_behalf_of_id
          from stance st join statement s on s.id = st.statement_id
         where st.statement_id = any(ids) and not s.retracted and s.effective_on is not null
        returning topic_id, effective_on)
    select day_topics || array_agg(topic_id), days || array_agg(effective_on) into day_topics, days from added;

    -- 2. their credits, replaced; every actor and topic they fed before or feed now is refolded below
    with gone as (delete from position_credit where statement_id = any(ids) returning actor_id, topic_id)
    select array_agg(actor_id), array_agg(topic_id) into pair_actors, pair_topics from gone;
    with recursive base as (
        select distinct statement_id as id, speaker_id, on_behalf_of_id, effective_on
          from position_stance where statement_id = any(ids)
    ),
    credit(id, actor_id, own, depth) as (
        select id, speaker_id, true, 0 from base where speaker_id is not null
        union
        select id, on_behalf_of_id, false, 0 from base where on_behalf_of_id is not null
        union
        -- every organisation chain is short in practice; the depth bound only stops a cycle in bad data
        select c.id, a.organization_id, false, c.depth + 1
          from credit c
          join base b on b.id = c.id
          join affiliation a on a.member_id = c.actor_id
               and (a.started_on is null or a.started_on <= b.effective_on)
               and (a.ended_on is null or b.effective_on <= a.ended_on)
         where c.depth < 6
    ),
    added as (
        insert into position_credit (actor_id, topic_id, statement_id, own, effective_on, label, confidence, kind_rank,
                                     start_offset)
        select c.actor_id, ps.topic_id, ps.statement_id, bool_or(c.own), ps.effective_on, ps.label, ps.confidence,
               ps.kind_rank, ps.start_offset
          from credit c join position_stance ps on ps.statement_id = c.id
         group by c.actor_id, ps.topic_id, ps.statement_id, ps.effective_on, ps.label, ps.confidence, ps.kind_rank,
                  ps.start_offset
        returning actor_id, topic_id)
    select pair_actors || array_agg(actor_id), pair_topics || array_agg(topic_id) into pair_actors, pair_topics
      from added;

    -- 3. the daily positions of every actor and topic touched, refolded from their credits
    with pairs as (select distinct a, t from unnest(pair_actors, pair_topics) u(a, t)),
    gone as (
        delete from position_day d using pairs p where d.actor_id = p.a and d.topic_id = p.t
        returning d.topic_id, d.day, d.label, d.prev_label)
    select day_topics || array_agg(topic_id), days || array_agg(day) into day_topics, days
      from gone where prev_label is distinct from label;
    with pairs as (select distinct a, t from unnest(pair_actors, pair_topics) u(a, t)),
    daily as (
        -- each day's winner: higher confidence, then DIRECT over INDIRECT over REPORTED, then later in the text
        select distinct on (r.rolled, c.actor_id, c.topic_id, c.effective_on)
               r.rolled, c.actor_id, c.topic_id, c.effective_on as day, c.statement_id, c.label,
               count(*) over (partition by r.rolled, c.actor_id, c.topic_id, c.effective_on) as credited
          from position_credit c
          join pairs p on c.actor_id = p.a and c.topic_id = p.t
          cross join (values (false), (true)) r(rolled)
         where r.rolled or c.own
         order by r.rolled, c.actor_id, c.topic_id, c.effective_on,
                  c.confidence desc nulls last, c.kind_rank, c.start_offset desc nulls last, c.statement_id desc
    ),
    chained as (
        select d.*, lag(label) over w as prev_label, lag(statement_id) over w as prev_statement_id,
               lead(day) over w as next_day, sum(credited) over w as statement_count
          from daily d window w as (partition by rolled, actor_id, topic_id order by day)
    ),
    runs as (
        select c.*, sum(case when c.prev_label is distinct from c.label then 1 else 0 end)
                    over (partition by rolled, actor_id, topic_id order by day) as run_no
          from chained c
    ),
    added as (
        insert into position_day (actor_id, topic_id, rolled, day, statement_id, label, prev_label, prev_statement_id,
                                  since, statement_count, next_day)
        select actor_id, topic_id, rolled, day, statement_id, label, prev_label, prev_statement_id,
               min(day) over (partition by rolled, actor_id, topic_id, run_no), statement_count, next_day
          from runs
        returning topic_id, day, label, prev_label)
    select day_topics || array_agg(topic_id), days || array_agg(day) into day_topics, days
      from added where prev_label is distinct from label;

    -- 4. the per-day counts of every topic and day touched, recounted
    delete from topic_day td using (select distinct t, d from unnest(day_topics, days) u(t, d)) x
     where td.topic_id = x.t and td.day = x.d;
    with touched as (select distinct t, d from unnest(day_topics, days) u(t, d) where t is not null)
    insert into topic_day (topic_id, day, label, statements, actors, actors_rolled)
    select topic_id, day, label, sum(statements), sum(actors), sum(actors_rolled)
      from (
        select ps.topic_id, ps.effective_on as day, ps.label, count(*) as statements, 0 as actors, 0 as actors_rolled
          from position_stance ps join touched x on ps.topic_id = x.t and ps.effective_on = x.d
         group by 1, 2, 3
        union all
        select pd.topic_id, pd.day, pd.label, 0, count(*) filter (where not pd.rolled), count(*) filter (where pd.rolled)
          from position_day pd join touched x on pd.topic_id = x.t and pd.day = x.d
         where pd.prev_label is distinct from pd.label
         group by 1, 2, 3
        union all
        select pd.topic_id, pd.day, pd.prev_label, 0, -count(*) filter (where not pd.rolled), -count(*) filter (where pd.rolled)
          from position_day pd join touched x on pd.topic_id = x.t and pd.day = x.d
         where pd.prev_label <> pd.label
         group by 1, 2, 3
      ) counts
     group by topic_id, day, label
    having sum(statements) <> 0 or sum(actors) <> 0 or sum(actors_rolled) <> 0;

    -- 5. and their months
    delete from topic_month tm
     using (select distinct t, date_trunc('month', d)::date as m from unnest(day_topics, days) u(t, d)) x
     where tm.topic_id = x.t and tm.month = x.m;
    insert into topic_month (topic_id, month, label, statements, actors, actors_rolled)
    select td.topic_id, x.m, td.label, sum(td.statements), sum(td.actors), sum(td.actors_rolled)
      from (select distinct t, date_trunc('month', d)::date as m from unnest(day_topics, days) u(t, d) where t is not null) x
      join topic_day td on td.topic_id = x.t and td.day >= x.m and td.day < (x.m + interval '1 month')::date
     group by td.topic_id, x.m, td.label
    having sum(td.statements) <> 0 or sum(td.actors) <> 0 or sum(td.actors_rolled) <> 0;
end $$;

create function position_stance_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform position_refresh(array(select distinct statement_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform position_refresh(array(select distinct statement_id from old_rows));
    else
        perform position_refresh(array(select statement_id from old_rows union select statement_id from new_rows));
    end if;
    return null;
end $$;
create trigger position_stance_inserted after insert on stance
    referencing new table as new_rows for each statement execute function position_stance_changed();
create trigger position_stance_updated after update on stance
    referencing old table as old_rows new table as new_rows for each statement execute function position_stance_changed();
create trigger position_stance_deleted after delete on stance
    referencing old table as old_rows for each statement execute function position_stance_changed();

-- A statement's stances stand or fall with its speaker, body, date, retraction, kind and place in the text.
create function position_statement_changed() returns trigger language plpgsql as $$
begin
    perform position_refresh(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
         where (n.speaker_id, n.on_behalf_of_id, n.effective_on, n.retracted, n.kind, n.start_offset)
               is distinct from (o.speaker_id, o.on_behalf_of_id, o.effective_on, o.retracted, o.kind, o.start_offset)));
    return null;
end $$;
create trigger position_statement_updated after update on statement
    referencing old table as old_rows new table as new_rows for each statement execute function position_statement_changed();

-- A membership changes what every statement credited to the member is also credited to.
create function position_affiliation_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform position_refresh(array(select distinct c.statement_id from position_credit c
                                        where c.actor_id in (select member_id from new_rows)));
    elsif tg_op = 'DELETE' then
        perform position_refresh(array(select distinct c.statement_id from position_credit c
                                        where c.actor_id in (select member_id from old_rows)));
    else
        perform position_refresh(array(select distinct c.statement_id from position_credit c
                                        where c.actor_id in (select member_id from old_rows union select member_id from new_rows)));
    end if;
    return null;
end $$;
create trigger position_affiliation_inserted after insert on affiliation
    referencing new table as new_rows for each statement execute function position_affiliation_changed();
create trigger position_affiliation_updated after update on affiliation
    referencing old table as old_rows new table as new_rows for each statement execute function position_affiliation_changed();
create trigger position_affiliation_deleted after delete on affiliation
    referencing old table as old_rows for each statement execute function position_affiliation_changed();

-- Everything from scratch: after a bulk load made with the stance triggers disabled (bench/lib.sh does so), which
-- folds a million statements in about two minutes; through the triggers a single COPY of that size can get a plan
-- made for an empty table.
create function position_rebuild() returns void language plpgsql as $$
begin
    lock table position_stance in share row exclusive mode;
    truncate position_stance, position_credit, position_day, topic_day, topic_month;
    perform position_refresh(array(select distinct statement_id from stance));
end $$;

-- what is already stored
select position_rebuild();
