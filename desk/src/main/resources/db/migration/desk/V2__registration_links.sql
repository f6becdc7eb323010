-- Pairs of registrations the vetting engine takes for one person, with its weight and reasons
-- (one reason per line). Written on every import; the analyst decides what becomes one case.
create table registration_link (
    a        varchar(80)      not null references registration (id),
    b        varchar(80)      not null references registration (id),
    weight   double precision not null,
    reasons  text             not null,
    primary key (a, b)
);

create index registration_link_b on registration_link (b);
