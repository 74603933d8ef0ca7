-- A real synopsis needs more than 2,000 characters (issue 14: it was silently cut).
alter table scene alter column synopsis set data type varchar(10000);
-- Rehearsal hours are counted in hours and quarters (7.5 h), not whole hours.
alter table dance_number alter column rehearsal_hours set data type numeric(5, 2);
-- A dance number created while tagging has no music source until someone chooses one.
alter table dance_number alter column music_source drop default;
alter table dance_number alter column music_source drop not null;
