-- Scene notes in the scene's history (issues 16 and 18, record 039): from now on the notes feature publishes each
-- note written, question asked and question answered as a scene change; the notes written before get their
-- history rows here, with the time and author they were written with. None counts in a revision.

insert into scene_change (scene_id, kind, field, before_value, after_value, revision_id, created_at, created_by)
select scene_id, case when question then 'QUESTION' else 'NOTE' end, null, null, body, null, created_at, created_by
from scene_note;

insert into scene_change (scene_id, kind, field, before_value, after_value, revision_id, created_at, created_by)
select scene_id, 'ANSWERED', null, null, body, null, answered_at, answered_by
from scene_note where answered_at is not null;
