-- Migration 27 filled consent_standing_decisions in one statement; gather the statistics the
-- planner chooses its indexes by now, as on PostgreSQL (V27_1 there).
analyze table consent_standing_decisions;
analyze table consent_decisions;
