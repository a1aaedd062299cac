-- What every instance behind a load balancer must notice: a counter raised in the same transaction as each change
-- readers see (news, the FAQ, the footer's profiles). Each instance looks at it every second and forgets the pages
-- and lists it keeps when another instance has raised it.
create table content_change (
    id      int    not null primary key,
    version bigint not null
);
insert into content_change (id, version) values (1, 0);
