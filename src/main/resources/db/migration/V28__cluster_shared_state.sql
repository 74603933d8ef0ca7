-- State every server of one PostgreSQL database shares (record 057): the login throttle's counts and who is on
-- which episode. On the embedded H2 database one server serves the room and keeps both in memory; the tables
-- exist there too, empty, so both databases have one schema.
create table login_failure (
    failure_key varchar(600) primary key,
    failures    integer      not null,
    last_at     timestamp    not null
);
create index ix_login_failure_last on login_failure (last_at);
create table login_success (
    pair    varchar(600) primary key,
    last_at timestamp    not null
);
create index ix_login_success_last on login_success (last_at);

-- One row per open browser tab on an episode; a server refreshes its rows' seen_at while it lives, so the rows of a
-- server that died fade out within a minute.
create table presence_screen (
    screen       varchar(200) primary key,
    server       varchar(40)  not null,
    username     varchar(100) not null,
    display_name varchar(200) not null,
    episode_id   bigint       not null,
    scene_id     bigint,
    seen_at      timestamp    not null
);
create index ix_presence_screen_episode on presence_screen (episode_id);
