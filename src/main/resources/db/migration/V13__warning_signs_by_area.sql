-- Warning signs for every area: each may belong to the areas it is about, or be asked with a health
-- condition (bleeding in pregnancy, with pregnancy); one with neither is asked of everyone. Each says in
-- plain words what to do and names the public sources it follows, as the health conditions do. "See a GP" joins emergency and urgent. The content itself comes from the files
-- (R__catalog_content), so the new columns start empty and the urgency column is made again with
-- the wider check (dropping it drops the old check on H2 and PostgreSQL alike).
alter table red_flag add column advice varchar(600);
alter table red_flag add column asked_with varchar(40);
alter table red_flag drop column urgency;
alter table red_flag add column urgency varchar(10) default 'emergency' not null
    check (urgency in ('emergency', 'urgent', 'gp'));

-- An area can name the areas that go with it (a tension headache sits in the neck and shoulders
-- too), with the reason, so a routine can offer to add them.
alter table body_area add column goes_with varchar(200);
alter table body_area add column why_with varchar(300);

-- A routine remembers which warning signs the person was asked before it was built, so one saved
-- before a sign existed asks it before it plays again. Until now every routine was asked the same ten.
alter table routine add column signs_asked varchar(2000);
update routine set signs_asked = 'bladder-bowel-change,calf-swelling,cancer-history-new-pain,chest-pain,fever,'
    || 'leg-weakness,major-trauma,night-pain,saddle-numbness,weight-loss';

create table red_flag_area (
    red_flag_id  integer not null references red_flag (id),
    body_area_id integer not null references body_area (id),
    primary key (red_flag_id, body_area_id)
);

create table red_flag_source (
    red_flag_id integer      not null references red_flag (id),
    position    integer      not null,
    title       varchar(200) not null,
    primary key (red_flag_id, position)
);

create table condition_source (
    condition_id integer      not null references health_condition (id),
    position     integer      not null,
    title        varchar(200) not null,
    primary key (condition_id, position)
);
