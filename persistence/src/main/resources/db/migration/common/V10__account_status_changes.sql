-- Every change of an account's status (SPEC §8), for the staff console's account page.
CREATE SEQUENCE account_status_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_status_change (
    id          BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    from_status VARCHAR(30)  NOT NULL,
    to_status   VARCHAR(30)  NOT NULL,
    reason      VARCHAR(500),
    actor_name  VARCHAR(120) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_account_status_change PRIMARY KEY (id),
    CONSTRAINT fk_account_status_change_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);
CREATE INDEX ix_account_status_change_account ON account_status_change (account_id, changed_at);
