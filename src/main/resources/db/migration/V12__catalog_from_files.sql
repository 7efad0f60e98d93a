-- The catalog's content now comes from files (src/main/resources/catalog), loaded by the repeatable
-- migration R__catalog_content after every versioned one. Catalog order, which breaks the builder's
-- ties, was the order of the inserts; each technique's file now says where it stands.
alter table technique add column position integer;
update technique set position = id;
alter table technique alter column position set not null;
