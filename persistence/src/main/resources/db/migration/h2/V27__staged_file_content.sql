-- H2 keeps a BLOB apart from its row and streams it; a BYTEA would be held whole in the store's pages, and a few
-- large files would then take the portal's heap (H2 runs inside it) while rows are written or removed.
ALTER TABLE staged_file ADD COLUMN data BLOB NOT NULL;
