-- What every node of one deployment must share, as values that say whether two are the same and
-- nothing more: a check value of the pepper (an HMAC under it of a fixed label) and the fingerprint
-- of the intake signing key. A node started with another pepper or key is refused at start, before
-- it issues receipts the other nodes cannot find or signs batches the desk does not expect.
create table deployment (
    item       varchar(40)  primary key,
    check_value varchar(200) not null
);
