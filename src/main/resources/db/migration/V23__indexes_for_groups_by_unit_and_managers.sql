-- The reach checks and the dashboards ask for the groups of one unit, and the case list for the
-- people one manager manages (issue 12; plans in docs/plans). Neither had an index: at national
-- scale each was a sequential scan, of 100,000 groups (8 to 52 ms, several times per dashboard)
-- and of 300,000 employees (248 ms for a directeur's case list).
create index class_groups_by_unit on class_groups (unit_id, school_year);
create index people_by_manager on people (manager_id);
