-- The SuperUser password gate as the user's state, checked by the domain for every administrative action: one row per
-- opening (a session that passed the gate holds the key; only its digest is here) and until when it opens.
CREATE TABLE member_admin_gate (
    user_id    BIGINT                   NOT NULL REFERENCES member_user (id) ON DELETE CASCADE,
    key_hash   VARCHAR(100)             NOT NULL,
    open_until TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, key_hash)
);
