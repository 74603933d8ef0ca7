-- Each unit's time zone: a call's date and start are the wall-clock of where its unit is, and a calendar file
-- gives them as instants. Existing units are in Paris, like the country's default 'FR' (decision record 045).
alter table shoot_unit add column time_zone varchar(64) default 'Europe/Paris' not null;

-- The unit a rehearsal or fitting call is at (none: the season's first unit).
alter table rehearsal_call add column unit_id bigint;
alter table rehearsal_call add constraint fk_rehearsal_call_unit foreign key (unit_id) references shoot_unit (id)
    on delete set null;
alter table fitting_call add column unit_id bigint;
alter table fitting_call add constraint fk_fitting_call_unit foreign key (unit_id) references shoot_unit (id)
    on delete set null;
