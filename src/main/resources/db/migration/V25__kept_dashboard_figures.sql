-- A board of thousands of units cannot count its whole-board dashboard (1.2) at every look: over
-- millions of students, reports and cases that takes seconds. The figures of such a view are kept
-- here, worked out again in the background while someone looks at them, and shown with the moment
-- they were counted. A view is what a viewer asked for: their role grants, the months, the unit
-- chosen and the language. The figures are the page's own (counts already hidden by the small-cell
-- rule), as gzipped JSON: every row for the CSV files, and the rows a page shows for the page.
create table dashboard_kept_figures (
    view_key        varchar(64)              not null primary key,
    viewer_grants   varchar(4000)            not null,
    period_from     varchar(7)               not null,
    period_to       varchar(7)               not null,
    unit_code       varchar(40),
    language        varchar(16)              not null,
    figures         bytea                    not null,
    page_figures    bytea                    not null,
    counted_at      timestamp with time zone not null,
    last_viewed_at  timestamp with time zone not null
);

create index dashboard_kept_figures_by_last_view on dashboard_kept_figures (last_viewed_at);
