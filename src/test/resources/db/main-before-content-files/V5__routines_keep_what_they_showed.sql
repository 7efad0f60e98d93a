-- A saved routine keeps what it showed, so a later content migration never changes a printed page:
-- each step keeps its technique as it was (name, instructions, cautions, areas, tools, pressure,
-- posture, sides...) as JSON, and each exclusion the technique's and the rule's names.
-- Steps saved before this are filled in from the catalog when the app starts (RoutineSnapshotBackfill):
-- the catalog has not changed since they were made. The names are filled in here.
alter table routine_step add column technique varchar(20000);
alter table routine_exclusion add column technique_name varchar(100);
alter table routine_exclusion add column rule_name varchar(100);

update routine_exclusion set technique_name = (select t.name from technique t where t.slug = routine_exclusion.technique_slug);
update routine_exclusion set rule_name = (select c.name from health_condition c where c.slug = routine_exclusion.rule);
alter table routine_exclusion alter column technique_name set not null;
