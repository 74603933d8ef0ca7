-- The paper the workbooks print on (A4 or LETTER); null means the default for the series' first language.
alter table series add column paper_size varchar(16);
