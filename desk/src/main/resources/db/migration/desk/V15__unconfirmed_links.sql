-- Whether a link between two registrations can be confirmed by what only the person knows
-- (national ID, father's name, birth place, family, given on both), or rests on what anyone
-- could know or copy (name, service, unit, rank). Links stored before this column existed were
-- not told apart: they are marked unconfirmed until vetting runs again, never the other way.
alter table registration_link add column confirmed boolean default false not null;
