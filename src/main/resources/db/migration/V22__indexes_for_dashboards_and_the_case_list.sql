-- Indexes for the dashboards of one school and for the case list at national scale (issue 12;
-- plans in docs/plans). A directeur's dashboard counts the reports and cases of their own units:
-- with the unit first, only those units' rows of the period are read, not the whole board's
-- period (V19's indexes, still used for the whole board).
create index reports_by_unit_and_created on reports (unit_code, created_at, category, acknowledged_at, closed_at);
create index cases_by_unit_and_opened on cases (unit_code, opened_at, subject_kind, closed_at);

-- The case list shows a page at a time, open cases first and the newest first: read backwards,
-- this index gives them in that order, so a page stops after its rows.
create index cases_by_status_and_opened on cases (status, opened_at, id);

-- A handler's own cases and those of the people they manage.
create index cases_by_handler on cases (handler);

-- The bestuurder's list asks which cases hold a measure waiting for their acknowledgement: the
-- entries of those few steps, instead of a scan of every entry (81 ms at a tenth of the scale).
create index case_entries_by_step on case_entries (step_code, case_id);
