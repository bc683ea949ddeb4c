-- An admin invites new staff by email (SPEC §7, administration): until the invited user chooses a
-- password, the hash of the emailed token and its expiry are kept on their row.
ALTER TABLE staff_user ADD COLUMN invitation_hash VARCHAR(100);
ALTER TABLE staff_user ADD COLUMN invitation_expires_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX ux_staff_user_invitation ON staff_user (invitation_hash);
