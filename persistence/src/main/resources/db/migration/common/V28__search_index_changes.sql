-- Each topic carries the number of the knowledge-base change that last touched what a search index holds of it,
-- so that a node whose index is kept on disk indexes only the topics changed since; the key names this
-- database's knowledge base, so that such an index is never taken for another database's.
ALTER TABLE kb_topic ADD COLUMN change_number BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_kb_topic_change ON kb_topic (change_number);
ALTER TABLE kb_change ADD COLUMN database_key VARCHAR(36);
