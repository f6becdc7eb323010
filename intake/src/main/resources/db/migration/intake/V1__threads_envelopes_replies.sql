-- The intake holds ciphertext only. Nothing here names a person, a device, an address or a
-- time finer than the hour. A thread is one submitter, known only by the HMAC of their receipt.
create table thread (
    tag             char(64)     primary key,
    reply_recipient varchar(100) not null,
    created_hour    timestamp with time zone not null
);

create table envelope (
    id            varchar(80)  primary key,
    thread_tag    char(64)     not null references thread (tag),
    kind          varchar(20)  not null,
    received_hour timestamp with time zone not null,
    size_bytes    bigint       not null,
    content       bytea        not null,
    export_batch  varchar(80)
);

create index envelope_export_batch on envelope (export_batch);
create index envelope_thread on envelope (thread_tag);

create table reply (
    id            varchar(80)  primary key,
    thread_tag    char(64)     not null references thread (tag),
    received_hour timestamp with time zone not null,
    content       bytea        not null
);

create index reply_thread on reply (thread_tag);

-- Batches exported to and imported from the desk, by id: re-importing a reply batch changes nothing.
create table batch_log (
    batch_id       varchar(80) primary key,
    direction      varchar(10) not null,
    batch_hour     timestamp with time zone not null,
    envelope_count integer     not null
);
