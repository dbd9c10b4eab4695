-- Migration 27 filled consent_standing_decisions in one statement (about 3,000,000 rows for
-- 10,000,000 decisions). Until autovacuum gets to it, PostgreSQL has no statistics for the new
-- table and took a sequential scan over all of it for a group's answers (300 ms instead of
-- an index look-up in a fraction of a millisecond). Gather them now.
analyze consent_standing_decisions;
analyze consent_decisions;
