-- Publisher sign-up (SPEC §2): a publisher opens an account on the public site, giving its website;
-- its SuperUser confirms the email address before the first login (until then the hash of the
-- emailed token and its expiry stay on the user's row). Numbers of accounts opened this way come
-- from their own sequence, above the range the network assigned by hand.
ALTER TABLE account ADD COLUMN website VARCHAR(300);
ALTER TABLE member_user ADD COLUMN email_confirmation_hash VARCHAR(100);
ALTER TABLE member_user ADD COLUMN email_confirmation_expires_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX ux_member_user_email_confirmation ON member_user (email_confirmation_hash);
CREATE SEQUENCE account_number_seq START WITH 5000001 INCREMENT BY 1;
