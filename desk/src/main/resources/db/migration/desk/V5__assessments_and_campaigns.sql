-- Vetting engine II: every registration's scores with their reasons, the campaigns found, and
-- the registrations an analyst marked as planted (reversible: unmarking deletes the mark).

create table assessment (
    registration_id varchar(80)      primary key references registration (id),
    credibility     double precision not null,
    planted_risk    double precision not null,
    priority        double precision not null,
    campaign_key    varchar(80),
    reasons         text             not null
);

create index assessment_campaign on assessment (campaign_key);

-- A campaign is known by its earliest member's registration id, which stays the same as
-- later imports add members to it.
create table campaign (
    campaign_key   varchar(80)  primary key,
    kinds          varchar(80)  not null,
    people         integer      not null,
    member_count   integer      not null,
    summary        varchar(400) not null,
    representative varchar(80)
);

create table planted_mark (
    registration_id varchar(80) primary key references registration (id),
    campaign_key    varchar(80) not null,
    marked_by       varchar(64) not null,
    marked_at       timestamp with time zone not null
);

create index planted_mark_campaign on planted_mark (campaign_key);
