-- The partial indexes of PostgreSQL's V24 have no H2 equivalent; H2 keeps the indexes of V5, V7 and
-- V23. This script only keeps both databases at the same schema version.
SELECT 1;
