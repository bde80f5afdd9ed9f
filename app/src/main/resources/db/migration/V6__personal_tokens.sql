-- Personal API tokens for machine clients. Only the SHA-256 of a token is kept; the token itself is shown once.
create table personal_token (
    id            bigint       primary key,
    owner         varchar(64)  not null,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);

create index personal_token_by_owner on personal_token (owner);
