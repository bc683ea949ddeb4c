-- A member's reply carries the key of the form it was sent from, so that the same form sent twice (a double
-- click, a resend, two tabs racing) adds one message. NULL for every other message; unique per inquiry.
ALTER TABLE inquiry_message ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX ux_inquiry_message_submission ON inquiry_message (inquiry_id, submission_key);
