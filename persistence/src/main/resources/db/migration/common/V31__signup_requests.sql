-- Sign-ups that sent a confirmation email, to limit them per client address and per mailbox on every node.
CREATE SEQUENCE signup_request_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE signup_request (
    id             BIGINT       NOT NULL,
    mailbox        VARCHAR(254) NOT NULL,
    client_address VARCHAR(64),
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_signup_request PRIMARY KEY (id)
);
CREATE INDEX ix_signup_request_mailbox ON signup_request (mailbox, requested_at);
CREATE INDEX ix_signup_request_client ON signup_request (client_address, requested_at);
