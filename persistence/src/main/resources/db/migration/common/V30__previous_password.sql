-- The hash of a member's password before the current one, so that a new password may repeat neither.
-- NULL until the first change after this version.
ALTER TABLE member_user ADD COLUMN previous_password_hash VARCHAR(200);
