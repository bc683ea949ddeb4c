-- Solved inquiries as earlier answers for agents: every closing and reopening raises this counter in its own
-- transaction and keeps the number on the inquiry, so that each node's index takes what changed since it looked.
CREATE TABLE inquiry_index_change (
    id           INTEGER NOT NULL,
    change_count BIGINT  NOT NULL,
    CONSTRAINT pk_inquiry_index_change PRIMARY KEY (id)
);
INSERT INTO inquiry_index_change (id, change_count) VALUES (1, 0);
ALTER TABLE inquiry ADD COLUMN index_change BIGINT;
CREATE INDEX ix_inquiry_index_change ON inquiry (index_change);

-- The latest report of questions asked again and again (groups of solved inquiries alike, per category), replaced
-- as a whole weekly or on an editor's demand; examples are inquiry numbers, comma-separated, the first the example.
CREATE SEQUENCE repeated_question_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE repeated_question (
    id          BIGINT                   NOT NULL,
    found_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    category_id BIGINT                   NOT NULL,
    asked       INTEGER                  NOT NULL,
    title       VARCHAR(80)              NOT NULL,
    answer      VARCHAR(10000)           NOT NULL,
    examples    VARCHAR(400)             NOT NULL,
    topic_slug  VARCHAR(120),
    topic_title VARCHAR(200),
    CONSTRAINT pk_repeated_question PRIMARY KEY (id),
    CONSTRAINT fk_repeated_question_category FOREIGN KEY (category_id) REFERENCES kb_category (id) ON DELETE CASCADE
);
