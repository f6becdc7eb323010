-- The partner's list a registration came in (the name its import was given), or null for what
-- came through the intake or as a packet: the queue and the case list can be narrowed to one list.
-- Lists are imported from the same release as this column, so no registration needs it filled in.
alter table registration add column list_name varchar(20);
create index registration_list on registration (list_name);
