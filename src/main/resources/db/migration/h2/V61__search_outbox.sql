-- The queue of Hibernate Search's outbox-polling coordination (profile "opensearch"): a change saved and its
-- indexing event commit in one transaction, and a live instance's event processor indexes it into the shared
-- index, then deletes the event. The agents are the instances' processors, each with a heartbeat (expiration) and
-- its share of the events. Made here rather than by Hibernate (which only validates); unused by the embedded index.
-- Columns as Hibernate Search 7.2 maps them (OutboxEvent, Agent), enums as checked text like the site's own.
-- H2: the payload is a "blob" (PostgreSQL: "bytea"), exactly as Hibernate Search maps it; otherwise as db/migration/postgresql/V61.
create table hsearch_outbox_event (
    id             uuid                     not null primary key,
    entity_name    varchar(256)             not null,
    entity_id      varchar(256)             not null,
    entity_id_hash integer                  not null,
    payload        blob                     not null,
    retries        integer                  not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)             not null,
    tenant_id      varchar(255),
    constraint hsearch_outbox_event_status_known check (status in ('PENDING', 'ABORTED'))
);
create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              blob,
    tenant_id            varchar(255),
    constraint hsearch_agent_type_known
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    constraint hsearch_agent_state_known check (state in ('RUNNING', 'WAITING', 'SUSPENDED'))
);
