-- Words people search with (symptoms, everyday names) for each technique, so "sciatica" or
-- "stiff neck" finds something though no name or summary says it. Searched, never shown.
create table technique_keyword (
    technique_id integer     not null references technique (id),
    phrase       varchar(40) not null,
    primary key (technique_id, phrase)
);

-- The keywords themselves are in the catalog's content files.
