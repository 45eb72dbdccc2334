-- Q4: newest 20 statements matching :search (websearch syntax), with the speaker's name.
select s.id, s.text, s.said_on, sp.name
  from statement s left join actor sp on sp.id = s.speaker_id
 where not s.retracted and s.search_vector @@ websearch_to_tsquery('english', :search)
 order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
 limit 21;
