-- The staff's second factor (SPEC §7): an authenticator's shared secret once enrolment is confirmed,
-- the last time step accepted (no code works twice), and single-use recovery codes (SHA-256 only).
ALTER TABLE staff_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_user ADD COLUMN totp_last_step BIGINT;

CREATE TABLE staff_recovery_code (
    staff_user_id BIGINT      NOT NULL,
    code_hash     VARCHAR(64) NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_staff_recovery_code PRIMARY KEY (staff_user_id, code_hash),
    CONSTRAINT fk_staff_recovery_code_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);
