-- Who uses the portal: member accounts with their users, support staff and their teams.
-- Written for both H2 2.2 (embedded default) and PostgreSQL 15+.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE member_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                       BIGINT       NOT NULL,
    account_number           VARCHAR(20)  NOT NULL,
    company_name             VARCHAR(200) NOT NULL,
    account_type             VARCHAR(20)  NOT NULL,
    status                   VARCHAR(30)  NOT NULL,
    deactivated_at           TIMESTAMP WITH TIME ZONE,
    deactivation_reason      VARCHAR(500),
    last_valid_commission_on DATE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Exactly one SuperUser: one non-null reference per account (see V2 on PostgreSQL for the key).
    superuser_id             BIGINT       NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_number UNIQUE (account_number),
    CONSTRAINT ck_account_type CHECK (account_type IN ('PUBLISHER', 'ADVERTISER')),
    CONSTRAINT ck_account_status CHECK (status IN ('ACTIVE', 'DEACTIVATED_DORMANT', 'DEACTIVATED_COMPLIANCE')),
    CONSTRAINT ck_account_deactivated_at CHECK ((status = 'ACTIVE' AND deactivated_at IS NULL)
                                              OR (status <> 'ACTIVE' AND deactivated_at IS NOT NULL)),
    CONSTRAINT ck_account_compliance_reason CHECK (status <> 'DEACTIVATED_COMPLIANCE' OR deactivation_reason IS NOT NULL)
);

CREATE TABLE member_user (
    id            BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    language      VARCHAR(35)  NOT NULL,
    time_zone     VARCHAR(60)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_member_user PRIMARY KEY (id),
    CONSTRAINT fk_member_user_account FOREIGN KEY (account_id) REFERENCES account (id),
    -- Emails are stored normalised, so this unique constraint ignores case.
    CONSTRAINT uq_member_user_email UNIQUE (email),
    CONSTRAINT ck_member_user_email_lower CHECK (email = LOWER(email)),
    -- Target of fk_account_superuser (PostgreSQL): the SuperUser must be one of the account's own users.
    CONSTRAINT uq_member_user_id_account UNIQUE (id, account_id)
);
CREATE INDEX ix_member_user_account ON member_user (account_id);

CREATE TABLE team (
    id      BIGINT      NOT NULL,
    code    VARCHAR(40) NOT NULL,
    name    VARCHAR(80) NOT NULL,
    version BIGINT      NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_code UNIQUE (code)
);
INSERT INTO team (id, code, name, version) VALUES (1, 'CLIENT_SUPPORT', 'Client Support', 0);
INSERT INTO team (id, code, name, version) VALUES (2, 'TECHNICAL_SERVICES', 'Technical Services', 0);
INSERT INTO team (id, code, name, version) VALUES (3, 'NETWORK_QUALITY', 'Network Quality', 0);

CREATE TABLE staff_user (
    id            BIGINT       NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_staff_user PRIMARY KEY (id),
    CONSTRAINT uq_staff_user_email UNIQUE (email),
    CONSTRAINT ck_staff_user_email_lower CHECK (email = LOWER(email))
);

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(20) NOT NULL,
    CONSTRAINT pk_staff_user_role PRIMARY KEY (staff_user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_staff_user_role CHECK (role IN ('AGENT', 'EDITOR', 'SUPERVISOR', 'ADMIN'))
);

CREATE TABLE staff_user_team (
    staff_user_id BIGINT NOT NULL,
    team_id       BIGINT NOT NULL,
    CONSTRAINT pk_staff_user_team PRIMARY KEY (staff_user_id, team_id),
    CONSTRAINT fk_staff_user_team_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_user_team_team FOREIGN KEY (team_id) REFERENCES team (id)
);

-- Tasks that must run once across all nodes lock their row here (see TaskLock).
CREATE TABLE task_lock (
    name         VARCHAR(80) NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_task_lock PRIMARY KEY (name)
);
INSERT INTO task_lock (name) VALUES ('demo-data');
