-- The directory search on PostgreSQL (Directory.search): a name matches anywhere in it,
-- lower(first || ' ' || prefix || ' ' || last) like '%text%', which no b-tree serves; over the whole
-- board (2,500,000 students) that was a sequential scan of 1.4 to 1.7 s. A trigram index (pg_trgm)
-- serves like '%...%' for texts of three characters and more. The indexed expression must stay exactly
-- Directory.NAME_EXPRESSION, or the planner does not use it. The text may also be a ref, compared
-- case-insensitively (lower(ref) = ...): that arm of the "or" gets its own index, so the two combine
-- in a bitmap scan. A text that looks like a student number is looked up by the unique index on ref.

create extension if not exists pg_trgm;

create index people_name_trigram on people
    using gin (lower(first_name || ' ' || coalesce(last_name_prefix || ' ', '') || last_name) gin_trgm_ops);

create index people_ref_lower on people (lower(ref));

-- Statistics for the new expressions at once: without them the planner guessed the trigram index far
-- too selective and combined it with the index on kind (a bitmap of every student, 30 ms at a tenth of
-- national scale), before autovacuum came round to analyse the table.
analyze people;
