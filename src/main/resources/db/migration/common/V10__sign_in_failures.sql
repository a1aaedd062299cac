-- Failed sign-ins per user name and client address (one address's failures pause that address only), by the
-- name as typed, so that a name without an account is treated like one with; and the addresses each account
-- has signed in from (which a guessing attack on the account does not slow down).
create table sign_in_failure (
    username        varchar(100) not null,
    address         varchar(64)  not null,
    failures        int          not null,
    last_failure_at timestamp with time zone not null,
    paused_until    timestamp with time zone,
    primary key (username, address)
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);

create table sign_in_address (
    account_id      bigint      not null references editor_account (id) on delete cascade,
    address         varchar(64) not null,
    last_success_at timestamp with time zone not null,
    primary key (account_id, address)
);
