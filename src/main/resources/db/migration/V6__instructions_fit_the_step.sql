-- Instructions that never contradict the step's time, and fit the routine they are in (British English).
-- 1. A step's time comes from the routine (the builder lengthens and shortens steps), so no instruction
--    names how long the step or a side lasts: "when the time for this side is up", never "after about
--    a minute". Rhythms stay ("one stroke every four seconds", "three seconds each way"); holds on a
--    tender spot are counted in breaths.
-- 2. A line can be for one area only (only_area) or only when a tool is at hand (only_tool): a routine
--    for the lower back shows a warm-up's lower-back line and not its neck line, and lotion is
--    mentioned only when the person has some. The catalog page shows every line.
-- 3. longest_seconds: the longest a therapist would ask for this technique in one step (thumbs, balls
--    and guns on one spot less than twice their typical time; a stretch held at most a minute a side).
--    The builder spends time beyond it on more techniques instead.
alter table technique_instruction add column only_area varchar(40) references body_area (slug);
alter table technique_instruction add column only_tool varchar(40) references tool (slug);
alter table technique add column longest_seconds integer not null;
alter table technique add constraint technique_longest_seconds check (longest_seconds >= seconds and longest_seconds <= 1200);
-- The lines and times themselves moved to the catalog's content files with the rest of its content.
