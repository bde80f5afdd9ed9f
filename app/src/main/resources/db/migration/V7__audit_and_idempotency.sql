-- The audit log (a hash chain of every write) and idempotency keys (one answer per key and user).

-- Append-only; each record carries the hash of the one before it. seq is the key, so the chain cannot fork.
create table audit_record (
    seq            bigint        primary key,
    recorded_at    timestamp with time zone not null,
    username       varchar(64)   not null,
    role           varchar(40),
    force_code     varchar(16),
    client         varchar(200),
    method         varchar(10),
    path           varchar(500),
    summary        varchar(1000) not null,
    outcome        varchar(40)   not null,
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null
);

create index audit_record_by_time on audit_record (recorded_at);

-- Reserved in the transaction of the write it guards; the answer (status null until then) is kept after it.
create table idempotency_key (
    username         varchar(64)   not null,
    idempotency_key  varchar(200)  not null,
    fingerprint      varchar(64)   not null,
    method           varchar(10)   not null,
    path             varchar(500)  not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    status           integer,
    content_type     varchar(200),
    headers          varchar(2000),
    body             text,
    primary key (username, idempotency_key)
);

create index idempotency_key_by_expiry on idempotency_key (expires_at);
