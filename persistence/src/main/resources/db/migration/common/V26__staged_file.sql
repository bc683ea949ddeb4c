-- Files chosen for a message not sent yet: checked, kept here (not in the HTTP session) until the message is
-- sent or the file removed, so that any node can finish the form; forgotten after support.attachments.staged-hours.
-- The content column comes in V27, whose type differs by database.
CREATE TABLE staged_file (
    id           VARCHAR(36)  NOT NULL,
    owner        VARCHAR(40)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    staged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_staged_file PRIMARY KEY (id)
);
CREATE INDEX ix_staged_file_owner ON staged_file (owner);
CREATE INDEX ix_staged_file_staged_at ON staged_file (staged_at);
