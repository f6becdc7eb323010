-- A registration's document (its whole opened text) moves to a table of its own: the triage queue,
-- its filters and counts read the registration rows of everything waiting, and with the text in
-- the row each of those reads carried it too (a search over 100,000 registrations read 100 MB).
-- Pages read the documents of the rows they show only.
create table registration_document (
    registration_id varchar(80) primary key references registration (id),
    document        text        not null
);

insert into registration_document (registration_id, document) select id, document from registration;

alter table registration drop column document;

-- The unit filter now reads the unit's words among the search keys (field 'unit'), through the
-- index; the unit's text in the row is no longer read. Keys are made again (version 2).
alter table registration drop column unit_text;
