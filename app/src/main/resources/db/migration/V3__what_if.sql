-- Saved what-if scenarios: named per force, never overwritten; results are recomputed from the logs.
create table what_if_scenario (
    id           bigint        primary key,
    force_code   varchar(16)   not null references force (code),
    name         varchar(100)  not null,
    at_instant   timestamp with time zone not null,
    changes      varchar(20000) not null,
    created_by   varchar(64)   not null,
    created_at   timestamp with time zone not null,
    unique (force_code, name)
);
