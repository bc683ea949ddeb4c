-- The dashboards count by period: first responses, and closings and reopenings, by when they happened.
CREATE INDEX ix_inquiry_first_responded ON inquiry (first_responded_at);
CREATE INDEX ix_inquiry_state_change_time ON inquiry_state_change (changed_at, to_status);
