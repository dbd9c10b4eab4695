-- The audit trail too has a retention period: its oldest entries go, and the chain keeps
-- where it now starts and the hash of the last entry removed, so that what remains still
-- verifies link by link.

create table audit_chain_start (
    id              int          primary key,
    first_sequence  bigint       not null,
    anchor_hash     char(64)     not null
);

insert into audit_chain_start (id, first_sequence, anchor_hash)
values (1, 1, '0000000000000000000000000000000000000000000000000000000000000000');
