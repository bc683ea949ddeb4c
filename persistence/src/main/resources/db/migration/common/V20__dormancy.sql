-- Dormancy (SPEC §8): an account counts its dormancy from its last valid commission or from the
-- moment it became active (opened or reactivated); a warning records when it went out and the
-- deactivation it announced, until a commission withdraws it or the deadline passes.
ALTER TABLE account ADD COLUMN active_since TIMESTAMP WITH TIME ZONE;
UPDATE account SET active_since = created_at;
ALTER TABLE account ALTER COLUMN active_since SET NOT NULL;
ALTER TABLE account ADD COLUMN dormancy_warned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN dormancy_deadline TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_account_dormancy ON account (status, account_type, last_valid_commission_on, active_since);
CREATE INDEX ix_account_dormancy_deadline ON account (dormancy_deadline);
INSERT INTO task_lock (name) VALUES ('dormancy-job');
