-- A therapist's version of a routine: a new routine "adjusted from" the one it started from, which
-- keeps exactly what it was (it may be printed). The first may be deleted since.
alter table routine add column adjusted_from varchar(32) references routine (id) on delete set null;
create index routine_by_adjusted_from on routine (adjusted_from, created_at);

-- What the handout says besides the steps: a note for the whole routine, how often to do it, the
-- client's initials and who prepared it. All optional; anyone with the link sees them.
alter table routine add column notes varchar(1000);
alter table routine add column frequency_times integer check (frequency_times between 1 and 10);
alter table routine add column frequency_per varchar(5);
alter table routine add column frequency_weeks integer check (frequency_weeks between 1 and 52);
alter table routine add column client_initials varchar(4);
alter table routine add column prepared_by varchar(100);

-- A note for one step ("keep the pressure light on the left side").
alter table routine_step add column note varchar(300);
