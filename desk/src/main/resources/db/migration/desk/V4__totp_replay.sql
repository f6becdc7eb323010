-- The time step of the last one-time code accepted per account: a code is good once.
alter table staff add column totp_last_step bigint;
