-- Which batch an envelope was exported in, in a table of its own: claiming a batch then writes one
-- short row per envelope instead of rewriting each envelope, ciphertext and all, as an update of
-- the envelope did (on the embedded database a claim of 20,000 envelopes rewrote 200 MB, ran past
-- the statement time and was tried again and again while the file grew by gigabytes). A claim goes
-- with its envelope when the desk's acknowledgement deletes it.
create table envelope_claim (
    envelope_id varchar(80) primary key references envelope (id) on delete cascade,
    batch_id    varchar(80) not null
);

create index envelope_claim_batch on envelope_claim (batch_id, envelope_id);

insert into envelope_claim (envelope_id, batch_id)
    select id, export_batch from envelope where export_batch is not null;

drop index envelope_export_batch;
alter table envelope drop column export_batch;
