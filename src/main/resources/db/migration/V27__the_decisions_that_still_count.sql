-- A person's consent answers follow from the decisions made about them (3.1.6), and those only
-- ever grow: every change of mind is a decision of its own, kept. The register read all of them
-- for each answer, and the portal read all of them twice, so every choice made the next look at
-- the portal slower. The rules look at no more than the latest decision of each decider on each
-- text of a purpose and medium (and whether there is any decision on another text). So those are
-- now kept apart: a row per person, purpose, medium, text version and decider (who, and as what)
-- naming that decider's latest decision, by the moment decided and then the order recorded. It
-- is written in the transaction of every decision, in the person's turn, and the answers now come
-- from these rows; the whole history stays in consent_decisions, for the history the portal shows
-- and for answers as they were at a moment in the past.
create table consent_standing_decisions (
    subject_ref     varchar(40) not null,
    purpose_code    varchar(40) not null,
    medium          varchar(10) not null,
    text_version    int         not null,
    decided_by_ref  varchar(40) not null,
    decided_by      varchar(10) not null,
    decision_id     bigint      not null references consent_decisions (id),
    primary key (subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by)
);

insert into consent_standing_decisions (subject_ref, purpose_code, medium, text_version, decided_by_ref,
    decided_by, decision_id)
select subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by, id
from (
    select subject_ref, purpose_code, medium, text_version, decided_by_ref, decided_by, id,
           row_number() over (partition by subject_ref, purpose_code, medium, text_version, decided_by_ref,
                                           decided_by
                              order by decided_at desc, id desc) as nth
    from consent_decisions
) latest
where nth = 1;

-- The portal lists a person's latest decisions, newest first, without sorting all of them.
create index consent_decisions_newest_first on consent_decisions (subject_ref, decided_at desc, id desc);
