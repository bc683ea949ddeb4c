-- A staff user's sessions end (on every node) when their roles change or they are disabled: each
-- request compares the version its session started with against this one.
ALTER TABLE staff_user ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
