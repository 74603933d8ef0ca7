-- A user who never picked a language has none, and gets the language the login page was shown in (issue 23,
-- record 047). The old default 'en' recorded no choice, so it is forgotten: picking English again stores it.
alter table app_user alter column language drop default;
alter table app_user alter column language drop not null;
update app_user set language = null where language = 'en';
