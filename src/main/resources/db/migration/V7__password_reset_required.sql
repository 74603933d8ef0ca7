-- A demo account found with its published password in a real production is deactivated and may only be
-- reactivated once the showrunner has given it a new password.
alter table app_user add column password_reset_required boolean not null default false;
