-- An imported scene without a synopsis gets its first action line, marked as taken from the script until a
-- writer edits it (record 038).
alter table scene add column synopsis_from_script boolean default false not null;
