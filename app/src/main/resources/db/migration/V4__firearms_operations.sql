-- Firearms operations recorded per force: an incident where firearms deployment was authorised.
create table firearms_operation (
    id            bigint        primary key,
    force_code    varchar(16)   not null references force (code),
    reference     varchar(40)   not null,
    authorised_at timestamp with time zone not null,
    arv_attended  boolean       not null,
    discharged    boolean       not null,
    recorded_at   timestamp with time zone not null,
    recorded_by   varchar(64)   not null,
    unique (force_code, reference)
);

create index firearms_operation_by_time on firearms_operation (authorised_at);
