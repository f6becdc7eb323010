-- Second (duress) receipts. duress_thread: the thread a duress receipt opens, and the registration it
-- stands in for (known only here, from a sealed note). submitter_visit: the hours a receipt opened its
-- thread (every thread sends these alike). duress_alert: a duress receipt was used; replies to the
-- person are held until a supervisor decides (RESUME or HOLD) with a reason.
create table duress_thread (
    tag             char(64)    primary key,
    registration_id varchar(80) not null,
    envelope_id     varchar(80) not null
);

create index duress_thread_registration on duress_thread (registration_id);

create table submitter_visit (
    tag  char(64) not null,
    visit_hour timestamp with time zone not null,
    primary key (tag, visit_hour)
);

create table duress_alert (
    registration_id varchar(80)   primary key,
    thread_tag      char(64)      not null,
    raised_hour     timestamp with time zone not null,
    decision        varchar(10),
    decided_by      varchar(64),
    decided_at      timestamp with time zone,
    reason          varchar(2000)
);
