-- Reporting: issued situation reports, each exactly as issued, and the steps of public statements. Append-only.

create table sitrep (
    force_code   varchar(16)  not null references force (code),
    number       integer      not null,
    report_at    timestamp with time zone not null,
    known_at     timestamp with time zone not null,
    issued_at    timestamp with time zone not null,
    issued_by    varchar(64)  not null,
    role         varchar(40)  not null,
    report       varchar(2000000) not null,
    primary key (force_code, number)
);

create table statement_event (
    force_code   varchar(16)  not null references force (code),
    number       integer      not null,
    version      integer      not null,
    type         varchar(16)  not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  varchar(64)  not null,
    role         varchar(40)  not null,
    body         varchar(5000),
    figures      varchar(100000),
    corrects     integer,
    reason       varchar(500),
    primary key (force_code, number, version)
);
