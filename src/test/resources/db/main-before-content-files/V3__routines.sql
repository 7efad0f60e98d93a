-- Saved routines: what the person asked for and the plan built for it, kept as built so a later
-- catalog change never rewrites a routine someone printed. Lists of slugs are stored comma-separated.
-- No "in (...)" checks on tables written at run time: H2 2.4 evaluates them with the session that
-- created them and fails once that (migration) connection has closed.

create table routine (
    id             varchar(32)  primary key,
    created_at     timestamp    not null,
    areas          varchar(400) not null,
    tools          varchar(400) not null,
    minutes        integer      not null check (minutes between 5 and 60),
    performer      varchar(10)  not null,
    conditions     varchar(400) not null,
    affected_areas varchar(400) not null,
    red_flags      varchar(400) not null,
    pain_level     integer      not null check (pain_level between 0 and 10),
    pain_weeks     integer      not null check (pain_weeks >= 0),
    cancer_cleared boolean      not null,
    status         varchar(10)  not null,
    urgency        varchar(10),
    advice         varchar(200) not null
);

create table routine_step (
    routine_id     varchar(32)  not null references routine (id),
    position       integer      not null,
    phase          varchar(12)  not null,
    technique_slug varchar(60)  not null,
    performer      varchar(10)  not null,
    seconds        integer      not null,
    reason         varchar(20)  not null,
    areas          varchar(400) not null,
    primary key (routine_id, position)
);

create table routine_exclusion (
    routine_id     varchar(32)  not null references routine (id),
    position       integer      not null,
    technique_slug varchar(60)  not null,
    rule           varchar(40)  not null,
    reason         varchar(300),
    until_cleared  boolean      not null,
    primary key (routine_id, position)
);
