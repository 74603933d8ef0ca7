-- Issue 14: the seeded element categories and the default acts carry a key, so they show in the user's language
-- until someone renames them (a rename clears the key; the given name then shows in every language).
alter table element_category add column seed_key varchar(40);
alter table act add column seed_key varchar(40);

update element_category set seed_key = 'cast' where name = 'Cast';
update element_category set seed_key = 'background' where name = 'Background';
update element_category set seed_key = 'stunts' where name = 'Stunts';
update element_category set seed_key = 'props' where name = 'Props';
update element_category set seed_key = 'wardrobe' where name = 'Wardrobe';
update element_category set seed_key = 'makeup-hair' where name = 'Makeup/Hair';
update element_category set seed_key = 'vehicles' where name = 'Vehicles';
update element_category set seed_key = 'animals' where name = 'Animals';
update element_category set seed_key = 'special-effects' where name = 'Special Effects';
update element_category set seed_key = 'visual-effects' where name = 'Visual Effects';
update element_category set seed_key = 'sound-music' where name = 'Sound/Music';
update element_category set seed_key = 'special-equipment' where name = 'Special Equipment';
update element_category set seed_key = 'set-dressing' where name = 'Set Dressing';
update element_category set seed_key = 'greenery' where name = 'Greenery';
update element_category set seed_key = 'security' where name = 'Security';
update element_category set seed_key = 'additional-labor' where name = 'Additional Labor';
update element_category set seed_key = 'notes' where name = 'Notes';

update act set seed_key = 'teaser' where name = 'Teaser';
update act set seed_key = 'act-one' where name = 'Act One';
update act set seed_key = 'act-two' where name = 'Act Two';
update act set seed_key = 'act-three' where name = 'Act Three';
update act set seed_key = 'act-four' where name = 'Act Four';
update act set seed_key = 'act-five' where name = 'Act Five';
update act set seed_key = 'tag' where name = 'Tag';
