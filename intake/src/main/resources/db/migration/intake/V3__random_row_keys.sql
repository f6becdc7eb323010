-- H2 keeps a table's rows in the order of its row key. For a table keyed by text (a tag, a random
-- id) that row key is a hidden counter, so a seized file showed the order in which threads,
-- envelopes and replies arrived within an hour. Each now has a random 63-bit row key as its
-- primary key, set by the intake from a CSPRNG; the tag and ids stay unique. Rows already held are
-- copied into the new tables in random order.
create table thread_v3 (
    row_key         bigint       primary key,
    tag             char(64)     not null unique,
    reply_recipient varchar(100),
    created_hour    timestamp with time zone not null
);

create table envelope_v3 (
    row_key       bigint       primary key,
    id            varchar(80)  not null unique,
    thread_tag    char(64)     not null references thread_v3 (tag),
    kind          varchar(20)  not null,
    received_hour timestamp with time zone not null,
    size_bytes    bigint       not null,
    content       bytea        not null,
    export_batch  varchar(80)
);

create table reply_v3 (
    row_key       bigint       primary key,
    id            varchar(80)  not null unique,
    thread_tag    char(64)     not null references thread_v3 (tag),
    received_hour timestamp with time zone not null,
    content       bytea        not null
);

insert into thread_v3 (row_key, tag, reply_recipient, created_hour)
    select cast(floor(random() * 9.2e18) as bigint), tag, reply_recipient, created_hour from thread order by random();
insert into envelope_v3 (row_key, id, thread_tag, kind, received_hour, size_bytes, content, export_batch)
    select cast(floor(random() * 9.2e18) as bigint), id, thread_tag, kind, received_hour, size_bytes, content, export_batch
    from envelope order by random();
insert into reply_v3 (row_key, id, thread_tag, received_hour, content)
    select cast(floor(random() * 9.2e18) as bigint), id, thread_tag, received_hour, content from reply order by random();

drop table reply;
drop table envelope;
drop table thread;

alter table thread_v3 rename to thread;
alter table envelope_v3 rename to envelope;
alter table reply_v3 rename to reply;

create index envelope_export_batch on envelope (export_batch);
create index envelope_thread on envelope (thread_tag);
create index reply_thread on reply (thread_tag);
