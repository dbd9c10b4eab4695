-- The audit trail: one row per state change or read of a sensitive record, appended and
-- never changed. Each entry carries the hash of the one before it, so that changing or
-- deleting an earlier entry breaks the chain.

create table audit_entries (
    sequence_number bigint       primary key,
    occurred_at     timestamp with time zone not null,
    actor           varchar(100) not null,
    actor_roles     varchar(300) not null,
    action          varchar(80)  not null,
    record_type     varchar(40)  not null,
    record_id       varchar(120) not null,
    subject_ref     varchar(40),
    details         varchar(500),
    address         varchar(64),
    previous_hash   char(64)     not null,
    entry_hash      char(64)     not null
);

create index audit_entries_by_record on audit_entries (record_type, record_id);
create index audit_entries_by_subject on audit_entries (subject_ref);
create index audit_entries_by_actor on audit_entries (actor);
create index audit_entries_by_time on audit_entries (occurred_at);

-- The chain's head: the last entry's number and hash. Appending locks this one row, so that
-- entries get consecutive numbers across instances; verification compares the last entry
-- with it, so that deleting entries at the end is detected too.
create table audit_chain_head (
    id              int          primary key,
    last_sequence   bigint       not null,
    last_hash       char(64)     not null
);

insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
