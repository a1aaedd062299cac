-- The instances running on this database, each saying every few seconds that it is alive (seen_at, milliseconds
-- since 1970) and which search index it uses: an instance with an embedded index of its own that sees another live
-- instance knows their search results drift apart, and stops being ready.
create table site_instance (
    id           varchar(160) not null primary key,
    search_index varchar(32)  not null,
    started_at   bigint       not null,
    seen_at      bigint       not null
);
