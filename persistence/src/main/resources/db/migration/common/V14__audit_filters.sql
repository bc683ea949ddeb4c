-- The audit log page filters by action and by who acted, newest first.
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor, occurred_at);
