-- Whether a link between two registrations can be confirmed by what only the person knows
-- (national ID, father's name, birth place, family, given on both), or rests on what anyone
-- could know or copy (name, service, unit, rank). Links stored before this column existed say
-- which they are in their reasons: vetting gave an unconfirmed link the reason below.
alter table registration_link add column confirmed boolean default true not null;
update registration_link set confirmed = false
 where reasons like '%nothing only the person knows (national ID, father''s name, birth place, family) was given by both%';
