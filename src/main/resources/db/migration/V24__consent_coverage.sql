-- The dashboards (1.2) show per group and purpose how many students have answered the consent
-- question (3.1.6). Deciding that student by student from every decision took seconds for one
-- school and minutes for a board of 2,500,000 students. So the register now keeps each student's
-- coverage per purpose, rewritten in the transaction of every change that can move it (a decision,
-- a change of the student's guardians) and checked every night; the dashboards count these rows
-- with one aggregate per scope. Filled by the Java migration 24.1 (ConsentCoverageBackfill), which
-- applies the register's own rules: SQL cannot say them without repeating them.
--
-- A row keeps the state for the purpose's text in force when it was written: a changed text makes
-- every earlier answer count for nothing, and the count simply skips rows of an earlier version,
-- so a text change needs no write. Whether the guardians or the student decide depends on the
-- day: the row keeps the state for both, and the count picks one by date of birth and today's
-- date, so a sixteenth birthday moves the figure without a write. From 16, the guardians' consent
-- stands or lapses as the board's setting says: both are kept. A student without a row (or with
-- only an earlier text's row) has nothing that counts. States are those of Coverage.State:
-- CONSENTED, REFUSED, OPEN.
create table consent_coverage (
    student_ref     varchar(40) not null,
    purpose_code    varchar(40) not null references consent_purposes (code),
    text_version    int         not null,
    under_16        varchar(9)  not null,
    from_16         varchar(9)  not null,
    from_16_lapsed  varchar(9)  not null,
    primary key (student_ref, purpose_code)
);
