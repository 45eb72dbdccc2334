-- Q6: 50 statements newest first after the keyset (:cdate, :cid) that ends row 5,000.
select s.id, s.text, s.said_on, sp.name, a.title
  from statement s
  join article a on a.id = s.article_id
  left join actor sp on sp.id = s.speaker_id
 where not s.retracted
   and coalesce(s.effective_on, '-infinity'::date) <= :cdate::date
   and (coalesce(s.effective_on, '-infinity'::date) < :cdate::date or s.id > :cid)
 order by coalesce(s.effective_on, '-infinity'::date) desc, s.id
 limit 51;
