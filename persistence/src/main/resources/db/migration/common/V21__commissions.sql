-- Commission activity from the network's systems (SPEC §8): integrations' API keys (kept as hashes)
-- and the records they send, one row per external id so that a repeated report counts once.
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_key (
    id           BIGINT       NOT NULL,
    name         VARCHAR(80)  NOT NULL,
    key_hash     VARCHAR(100) NOT NULL,
    key_start    VARCHAR(12)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(80)  NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);
CREATE TABLE commission_record (
    external_id    VARCHAR(100)   NOT NULL,
    account_number VARCHAR(20)    NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    event_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid          BOOLEAN        NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    source         VARCHAR(80)    NOT NULL,
    CONSTRAINT pk_commission_record PRIMARY KEY (external_id)
);
CREATE INDEX ix_commission_record_account ON commission_record (account_number, event_time);
