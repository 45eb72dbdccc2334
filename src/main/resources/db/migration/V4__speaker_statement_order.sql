-- An actor's statements newest or oldest first (Actor.statements), undated last, in the keyset order the service
-- pages them in: the V1 index sorted by the bare date, so a page of a rare speaker's statements scanned the whole
-- newest-first index instead.
drop index statement_speaker_idx;
create index statement_speaker_newest_idx on statement (speaker_id, (coalesce(effective_on, '-infinity'::date)) desc, id)
    where not retracted;
create index statement_speaker_oldest_idx on statement (speaker_id, (coalesce(effective_on, 'infinity'::date)), id)
    where not retracted;
