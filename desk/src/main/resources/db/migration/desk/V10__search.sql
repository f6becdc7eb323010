-- Search for a team facing tens of thousands of registrations.
--
-- registration_name_key holds, per registration, the keys its names reduce to: the same keys
-- linking compares (vetting's PersianNames: one form for Persian letter variants, ZWNJ and
-- spacing; a consonant skeleton shared by the Persian and Latin spellings of a name), for the
-- given, family and father's names, the full name in both orders, and the national ID's digits.
-- A name typed in either script and any common spelling then finds its registrations through an
-- index, without opening every document. The keys are rebuilt when their version changes
-- (registration.search_version); they are derived data, and a restored backup rebuilds them.
--
-- unit_text is the unit as written, in one canonical form (Persian digits and letter variants
-- folded, lower case), for the unit filter.
alter table registration add column unit_text varchar(200);
alter table registration add column search_version integer default 0 not null;

create index registration_search_version on registration (search_version);

create table registration_name_key (
    registration_id varchar(80)  not null references registration (id),
    field           varchar(12)  not null,
    skeleton        varchar(200) not null,
    folded          varchar(400) not null,
    primary key (registration_id, field, skeleton)
);

create index registration_name_key_skeleton on registration_name_key (skeleton);

-- The case page's history reads the audit entries of one case.
create index audit_entry_subject on audit_entry (subject, seq);
