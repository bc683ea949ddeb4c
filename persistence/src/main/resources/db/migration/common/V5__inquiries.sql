-- Inquiries (SPEC §5.3, §5.4, §6): the conversation, attachments (their bytes in a table of their
-- own, read only on download), every state change, and the questions answered by a suggested
-- topic instead (deflections). The inquiry's id is its readable number.

CREATE SEQUENCE inquiry_seq START WITH 100001 INCREMENT BY 1;
CREATE TABLE inquiry (
    id                 BIGINT       NOT NULL,
    submission_key     VARCHAR(64)  NOT NULL,
    account_id         BIGINT       NOT NULL,
    asked_by_id        BIGINT,
    asked_by_name      VARCHAR(120) NOT NULL,
    category_id        BIGINT       NOT NULL,
    team_id            BIGINT       NOT NULL,
    assignee_id        BIGINT,
    subject            VARCHAR(80)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_due TIMESTAMP WITH TIME ZONE NOT NULL,
    first_responded_at TIMESTAMP WITH TIME ZONE,
    awaiting_since     TIMESTAMP WITH TIME ZONE,
    reminder_sent_at   TIMESTAMP WITH TIME ZONE,
    last_activity_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    close_reason       VARCHAR(20),
    version            BIGINT       NOT NULL,
    CONSTRAINT pk_inquiry PRIMARY KEY (id),
    CONSTRAINT uq_inquiry_submission UNIQUE (submission_key),
    CONSTRAINT fk_inquiry_account FOREIGN KEY (account_id) REFERENCES account (id),
    -- A user the SuperUser removes leaves the account's inquiries behind, under the name kept here.
    CONSTRAINT fk_inquiry_asked_by FOREIGN KEY (asked_by_id) REFERENCES member_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_inquiry_category FOREIGN KEY (category_id) REFERENCES kb_category (id),
    CONSTRAINT fk_inquiry_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_inquiry_assignee FOREIGN KEY (assignee_id) REFERENCES staff_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_inquiry_account ON inquiry (account_id, last_activity_at);
CREATE INDEX ix_inquiry_queue ON inquiry (team_id, status, first_response_due);
CREATE INDEX ix_inquiry_awaiting ON inquiry (status, awaiting_since);

CREATE SEQUENCE inquiry_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inquiry_message (
    id          BIGINT        NOT NULL,
    inquiry_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    author      VARCHAR(40)   NOT NULL,
    author_name VARCHAR(120)  NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    reopening   BOOLEAN       NOT NULL,
    posted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_message PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_message_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
);
CREATE INDEX ix_inquiry_message_inquiry ON inquiry_message (inquiry_id, posted_at);

CREATE SEQUENCE inquiry_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inquiry_attachment (
    id           BIGINT       NOT NULL,
    message_id   BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_attachment PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_attachment_message FOREIGN KEY (message_id) REFERENCES inquiry_message (id) ON DELETE CASCADE
);
CREATE INDEX ix_inquiry_attachment_message ON inquiry_attachment (message_id);

CREATE TABLE inquiry_attachment_content (
    attachment_id BIGINT NOT NULL,
    data          BYTEA  NOT NULL,
    CONSTRAINT pk_inquiry_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_inquiry_attachment_content FOREIGN KEY (attachment_id) REFERENCES inquiry_attachment (id) ON DELETE CASCADE
);

CREATE SEQUENCE inquiry_state_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inquiry_state_change (
    id          BIGINT       NOT NULL,
    inquiry_id  BIGINT       NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    actor       VARCHAR(40)  NOT NULL,
    actor_name  VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_state_change PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_state_change_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE
);
CREATE INDEX ix_inquiry_state_change_inquiry ON inquiry_state_change (inquiry_id, changed_at);

CREATE SEQUENCE inquiry_deflection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE inquiry_deflection (
    id           BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    user_id      BIGINT,
    category_id  BIGINT,
    topic_id     BIGINT      NOT NULL,
    subject      VARCHAR(80) NOT NULL,
    deflected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_deflection PRIMARY KEY (id),
    CONSTRAINT fk_inquiry_deflection_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_inquiry_deflection_time ON inquiry_deflection (deflected_at);

-- The reminder and auto-close job holds this row while it runs (one run at a time across nodes).
INSERT INTO task_lock (name) VALUES ('inquiry-jobs');
