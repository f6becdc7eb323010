-- Staff administration: resets, disabling, role and team changes, four-eyes for granting admin.
--
-- must_change_password: set when an admin resets a password to a one-time one; the person chooses
-- their own before anything else. sessions_valid_from: sessions signed in before this moment end at
-- their next request (set on a reset, disabling, or a change of role or team, so that nobody keeps
-- working with rights or credentials that were taken away).
alter table staff add column must_change_password boolean default false not null;
alter table staff add column sessions_valid_from timestamp with time zone;

-- A request by one admin to make someone an admin; another admin approves it (or it is withdrawn).
create table admin_grant (
    staff_id      bigint        primary key references staff (id),
    requested_by  bigint        not null references staff (id),
    requested_at  timestamp with time zone not null,
    reason        varchar(500)  not null
);
