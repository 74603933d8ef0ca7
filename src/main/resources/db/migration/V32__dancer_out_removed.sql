-- An absence entered by mistake is removed, not deleted: who removed it and when stay in its history (record 054).
alter table dancer_unavailability add column removed_at timestamp with time zone;
alter table dancer_unavailability add column removed_by varchar(60);
