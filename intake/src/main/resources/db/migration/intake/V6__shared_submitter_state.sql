-- What one submitter's requests need when they land on different nodes (behind Onionbalance), kept
-- so that a seized database learns nothing from it:
--
-- A session is stored under HMAC of its id (the id itself is only in the submitter's cookie) and
-- sealed with AES-GCM under a key derived from that id and the pepper: without the cookie it is
-- noise. No time is stored: "seen" is the deployment's minute count (minute_count below) when the
-- session was last used, and a session unused for 15 of them is deleted.
create table submitter_session (
    row_key char(64) primary key,
    sealed  bytea    not null,
    version bigint   not null,
    seen    bigint   not null
);

-- Admission challenges already spent (a token counts once, whichever node it is shown to), by HMAC.
create table spent_challenge (
    tag  varchar(64) primary key,
    seen bigint   not null
);

-- A count that whichever node finds unchanged for a minute moves on by one: the nodes' shared sense
-- of minutes passing, without a clock time anywhere.
create table minute_count (
    name  varchar(20) primary key,
    count bigint      not null
);

insert into minute_count (name, count) values ('shared', 0);
