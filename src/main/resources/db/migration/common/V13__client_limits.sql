-- How much of an allowance each client has used in its current window (failed sign-ins per address, questions per
-- client), in the database so that every instance behind a load balancer counts the same uses.
create table client_limit (
    kind         varchar(20)  not null,
    client       varchar(128) not null,
    window_start timestamp with time zone not null,
    uses         int          not null,
    primary key (kind, client)
);
create index client_limit_window on client_limit (window_start);
