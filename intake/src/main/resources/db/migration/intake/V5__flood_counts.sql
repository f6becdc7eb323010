-- Several intake nodes on one database are one intake to the flood guard: each node keeps one row
-- with how many sessions not yet admitted arrived at it in the last minute, and a beat it counts up
-- every second, so that the others can tell a live node from a gone one without any time being
-- written. The node is a random name of the running process; nothing here is about a submitter.
create table flood_count (
    node       varchar(40) primary key,
    per_minute bigint      not null,
    beat       bigint      not null
);
