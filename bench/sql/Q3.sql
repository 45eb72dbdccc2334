-- Q3: positions on :topic with roll-up held today (the latest position_day rows), most recently stated first,
-- 100 of them, each with its newest evidence.
select p.actor_id, a.name, a.kind, p.label, p.since, p.day, p.statement_count, ev.text, ev.said_on
  from (select * from (
            (select actor_id, topic_id, label, since, day, statement_count from position_day
              where topic_id = :topic and rolled and next_day is null and day <= current_date
              order by day desc, actor_id limit 101)
            union all
            (select actor_id, topic_id, label, since, day, statement_count from position_day
              where topic_id = :topic and rolled and next_day > current_date and day <= current_date)) held
         order by day desc, actor_id limit 101) p
  join actor a on a.id = p.actor_id
 cross join lateral (
       select s.text, s.said_on from position_credit c join statement s on s.id = c.statement_id
        where c.actor_id = p.actor_id and c.topic_id = p.topic_id and c.effective_on <= current_date
        order by c.effective_on desc, c.confidence desc nulls last, c.kind_rank, c.start_offset desc nulls last,
                 c.statement_id desc
        limit 1) ev
 order by p.day desc, p.actor_id;
