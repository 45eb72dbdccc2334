-- Q5: the first 20 stance shifts on :topic, oldest first, with both statements and the later one's article.
select pd.actor_id, a.name, pd.prev_label, pd.label, pd.day, fs.text, ts.text, ar.title
  from position_day pd
  join actor a on a.id = pd.actor_id
  join statement fs on fs.id = pd.prev_statement_id
  join statement ts on ts.id = pd.statement_id
  join article ar on ar.id = ts.article_id
 where pd.topic_id = :topic and not pd.rolled and pd.prev_label <> pd.label
 order by pd.day, pd.actor_id
 limit 21;
