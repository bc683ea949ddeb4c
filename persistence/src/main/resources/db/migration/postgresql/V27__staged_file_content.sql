-- PostgreSQL stores a large BYTEA out of line (TOAST) by itself.
ALTER TABLE staged_file ADD COLUMN data BYTEA NOT NULL;
