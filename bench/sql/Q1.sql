-- Q1: newest 50 statements with a stance on :topic, with speaker, article, outlet and stances (one statement).
select s.id, s.text, s.kind, s.said_on, sp.name, sp.kind, a.title, a.published_on, o.name,
       (select json_agg(json_build_object('label', x.label, 'confidence', x.confidence, 'slug', t.slug) order by t.id)
          from stance x join topic t on t.id = x.topic_id where x.statement_id = s.id) as stances
  from statement s
  join article a on a.id = s.article_id
  left join outlet o on o.id = a.outlet_id
  left join actor sp on sp.id = s.speaker_id
 where not s.retracted and exists (select 1 from stance st where st.statement_id = s.id and st.topic_id = :topic)
 order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
 limit 51;
