-- "Was this helpful?" from visitors of the public help: apart from members' votes, one per client address
-- (kept as a SHA-256 digest) and topic a day.
CREATE SEQUENCE kb_anonymous_vote_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_anonymous_vote (
    id         BIGINT      NOT NULL,
    topic_id   BIGINT      NOT NULL,
    client_key VARCHAR(64) NOT NULL,
    helpful    BOOLEAN     NOT NULL,
    voted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_anonymous_vote PRIMARY KEY (id),
    CONSTRAINT fk_kb_anonymous_vote_topic FOREIGN KEY (topic_id) REFERENCES kb_topic (id) ON DELETE CASCADE
);
CREATE INDEX ix_kb_anonymous_vote_client ON kb_anonymous_vote (topic_id, client_key, voted_at);
