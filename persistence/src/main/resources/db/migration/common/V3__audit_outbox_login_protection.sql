-- Login protection (failed-login counters, Login Help requests, one-time secrets, credential
-- versions), the audit log and the mail outbox.

ALTER TABLE member_user ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE member_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE member_user ADD COLUMN one_time_kind VARCHAR(10);
ALTER TABLE member_user ADD COLUMN one_time_hash VARCHAR(200);
ALTER TABLE member_user ADD COLUMN one_time_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE member_user ADD COLUMN one_time_used_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_member_user_one_time_hash ON member_user (one_time_hash);

CREATE TABLE login_throttle (
    login_key       VARCHAR(270) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    locked_until    TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (login_key)
);

CREATE SEQUENCE login_help_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE login_help_request (
    id             BIGINT       NOT NULL,
    email          VARCHAR(254) NOT NULL,
    client_address VARCHAR(64),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_help_request PRIMARY KEY (id)
);
CREATE INDEX ix_login_help_request_email ON login_help_request (email, requested_at);
CREATE INDEX ix_login_help_request_client ON login_help_request (client_address, requested_at);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    actor          VARCHAR(40)  NOT NULL,
    subject        VARCHAR(300),
    detail         VARCHAR(1000),
    client_address VARCHAR(64),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);

CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id              BIGINT       NOT NULL,
    template        VARCHAR(80)  NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(35)  NOT NULL,
    secret_values   VARCHAR(300),
    status          VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(80),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_outgoing_mail PRIMARY KEY (id),
    CONSTRAINT ck_outgoing_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);

CREATE TABLE outgoing_mail_value (
    mail_id BIGINT        NOT NULL,
    name    VARCHAR(60)   NOT NULL,
    content VARCHAR(2000),
    CONSTRAINT pk_outgoing_mail_value PRIMARY KEY (mail_id, name),
    CONSTRAINT fk_outgoing_mail_value_mail FOREIGN KEY (mail_id) REFERENCES outgoing_mail (id) ON DELETE CASCADE
);
