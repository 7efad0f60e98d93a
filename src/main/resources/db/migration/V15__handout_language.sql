-- The language a therapist's version prints its handout in (sheet and PDF), whatever the reader's:
-- "en", "es" or "de". Null for routines saved before, and for those with no choice: the reader's.
alter table routine add column handout_language varchar(5);
