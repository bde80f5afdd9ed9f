-- ARCS foundation: forces, units, the officer registry, and two append-only event logs.
-- One set of migrations for H2 (embedded default) and PostgreSQL (production).

create table force (
    code                   varchar(16)  primary key,
    name                   varchar(100) not null,
    time_zone              varchar(64)  not null,
    shifts                 varchar(500) not null,
    rota                   varchar(1000) not null,
    rota_teams             integer      not null,
    rota_team_offset_days  integer      not null,
    rota_epoch             date         not null
);

create table unit (
    force_code  varchar(16)  not null references force (code),
    code        varchar(32)  not null,
    name        varchar(100) not null,
    command     varchar(100) not null,
    primary key (force_code, code)
);

create table officer (
    force_code  varchar(16) not null,
    cipher      varchar(12) not null,
    unit_code   varchar(32) not null,
    team        integer,
    primary key (force_code, cipher),
    foreign key (force_code, unit_code) references unit (force_code, code)
);

create table officer_event (
    id             bigint       primary key,
    force_code     varchar(16)  not null,
    cipher         varchar(12)  not null,
    type           varchar(32)  not null,
    occurred_at    timestamp with time zone not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(64)  not null,
    reason         varchar(500) not null,
    accreditation  varchar(40),
    valid_until    date,
    until_at       timestamp with time zone,
    corrects       bigint references officer_event (id),
    foreign key (force_code, cipher) references officer (force_code, cipher)
);

create index officer_event_by_officer on officer_event (force_code, cipher, occurred_at);

create table posture_event (
    id                 bigint       primary key,
    force_code         varchar(16)  not null references force (code),
    type               varchar(32)  not null,
    occurred_at        timestamp with time zone not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(64)  not null,
    reason             varchar(500) not null,
    site               varchar(40),
    site_name          varchar(100),
    accreditation      varchar(40),
    quantity           integer,
    crew_size          integer,
    counter_terrorism  boolean,
    unit_code          varchar(32),
    threat_level       varchar(16)
);

create index posture_event_by_force on posture_event (force_code, occurred_at);
