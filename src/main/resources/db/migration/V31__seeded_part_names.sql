-- Issue 26: a dance part the app seeds (the demo's "Big swan") carries a key, so it shows in the reader's language
-- until someone renames it (record 054; the rule of V8's seeded categories and acts).
alter table dance_part add column seed_key varchar(40);
