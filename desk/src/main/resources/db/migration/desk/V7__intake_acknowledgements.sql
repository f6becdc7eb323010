-- Envelopes the desk holds from each intake batch, by id and the SHA-256 of their sealed content,
-- until an acknowledgement naming them has gone to the intake in a desk-signed batch (ack_batch),
-- after which the intake deletes them for good.
create table intake_ack (
    envelope_id  varchar(80)  primary key,
    sha256       char(64)     not null,
    intake_batch varchar(80)  not null,
    ack_batch    varchar(80)
);

create index intake_ack_pending on intake_ack (ack_batch);
