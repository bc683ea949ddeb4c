-- Human-check challenges that opened an account: the sign-up page keeps no session, so each solved
-- challenge is recorded here to count once on every node. Rows are removed once the challenge expired.
CREATE TABLE spent_challenge (
    challenge  VARCHAR(128) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_spent_challenge_expires ON spent_challenge (expires_at);
