-- Casework for a team with many registrations per person.
--
-- merged_into: a case merged into another case of the same person keeps its number (links and the
-- audit log name it) and points to the case it joined. Not a foreign key: a merge can point to a
-- case with a higher number, and a backup restores cases in number order.
alter table case_file add column merged_into bigint;

-- A follow-up's place in the conversation. arrived_at: when the desk imported it (desk time; the
-- intake only knows the hour it was sent). after_reply: of the replies the submitter had seen when
-- they wrote it, the one the desk wrote last (null when they had seen none); the case page puts
-- the follow-up after that reply. seen_known: whether the follow-up said which replies its writer
-- had seen (follow-ups sent before the intake said so did not).
alter table message add column arrived_at timestamp with time zone;
alter table message add column after_reply varchar(80);
alter table message add column seen_known boolean default false not null;
