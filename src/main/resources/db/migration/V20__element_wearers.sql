-- Who wears an element tagged in a scene (a costume, pointe shoes): the characters it is given to. An element
-- given to no one belongs to the scene as a whole.
create table scene_element_wearer (
    scene_element_id bigint not null references scene_element (id) on delete cascade,
    character_id     bigint not null references story_character (id) on delete cascade,
    primary key (scene_element_id, character_id)
);
create index ix_scene_element_wearer_character on scene_element_wearer (character_id);
