-- Indexes a national-scale board needs (issue 12: 2,500,000 students, 5,000,000 guardians with
-- accounts, 1,000,000 reports and cases). Each was found with EXPLAIN ANALYZE on the data of
-- NationalScaleData; the plans before and after are in docs/plans.

-- A case page names its handler's colleagues, and mail goes to a person's accounts: "the enabled
-- accounts of a person" read all 5,300,000 accounts (a sequential scan of 645 ms per case page).
create index accounts_by_person on accounts (person_ref);

-- The dashboard counts the reports and cases of a period, per unit, category or kind, and how
-- long they took. Without these, every dashboard read both tables whole (765 ms and 565 ms);
-- with them, only the period's part of an index that holds every column the count needs.
create index reports_by_created on reports (created_at, unit_code, category, acknowledged_at, closed_at);
create index cases_by_opened on cases (opened_at, unit_code, subject_kind, closed_at);
