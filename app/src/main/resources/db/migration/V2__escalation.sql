-- Escalation: mutual aid between forces, the military contingency, and the decision log. Append-only.

create table mutual_aid_event (
    id                 bigint       primary key,
    request_id         bigint       not null,
    offer_id           bigint,
    type               varchar(32)  not null,
    occurred_at        timestamp with time zone not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(64)  not null,
    reason             varchar(500) not null,
    requester          varchar(16)  references force (code),
    accreditation      varchar(40),
    officers           integer,
    period_from        timestamp with time zone,
    period_until       timestamp with time zone,
    counter_terrorism  boolean,
    shortfall          integer,
    donor              varchar(16)  references force (code),
    ciphers            varchar(10000),
    posture_override   varchar(500)
);

create index mutual_aid_event_by_request on mutual_aid_event (request_id, occurred_at);

create table military_event (
    id           bigint       primary key,
    force_code   varchar(16)  not null references force (code),
    type         varchar(32)  not null,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)  not null,
    reason       varchar(500) not null,
    task         varchar(32),
    incident     varchar(200)
);

create table decision (
    id           bigint       primary key,
    force_code   varchar(16)  not null references force (code),
    decision     varchar(40)  not null,
    rationale    varchar(500) not null,
    decided_by   varchar(64)  not null,
    role         varchar(40)  not null,
    decided_at   timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    refs         varchar(2000) not null,
    picture      varchar(1000000) not null
);

create index decision_by_force on decision (force_code, decided_at);
