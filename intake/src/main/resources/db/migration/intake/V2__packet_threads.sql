-- A thread opened by an offline packet has no reply recipient at the intake: the packet carries it
-- sealed, for the desk only. The desk seals replies to it; the intake stores them under the tag.
alter table thread alter column reply_recipient drop not null;
