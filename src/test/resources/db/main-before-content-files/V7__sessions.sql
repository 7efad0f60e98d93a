-- Sessions: each time a person followed a routine, how it went. Pain before (optional) and after on
-- the 0 to 10 scale, the techniques of its steps that hurt or felt wrong (slugs, comma-separated),
-- and a short note. No account and nothing that names the person: a session belongs to its routine
-- and goes when the routine is deleted.
create table routine_session (
    id          varchar(32)  primary key,
    routine_id  varchar(32)  not null references routine (id) on delete cascade,
    logged_at   timestamp    not null,
    pain_before integer      check (pain_before between 0 and 10),
    pain_after  integer      not null check (pain_after between 0 and 10),
    hurt        varchar(2000) not null,
    note        varchar(500)  not null
);
create index routine_session_by_routine on routine_session (routine_id, logged_at);

-- A routine made again from another, without what hurt there; the first may be deleted since.
alter table routine add column made_from varchar(32) references routine (id) on delete set null;
-- It was made after a session whose pain rose, so it is gentle only (the pain-rose rule).
alter table routine add column pain_rose boolean default false not null;
