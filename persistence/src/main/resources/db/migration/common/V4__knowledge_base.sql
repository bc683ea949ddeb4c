-- The knowledge base: category tree, topics, what readers do with them, and the change counter
-- that tells every node to refresh its search index.

CREATE SEQUENCE kb_category_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_category (
    id        BIGINT       NOT NULL,
    slug      VARCHAR(80)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    parent_id BIGINT,
    team_id   BIGINT       NOT NULL,
    featured  BOOLEAN      NOT NULL,
    sort_order INTEGER     NOT NULL,
    version   BIGINT       NOT NULL,
    CONSTRAINT pk_kb_category PRIMARY KEY (id),
    CONSTRAINT uq_kb_category_slug UNIQUE (slug),
    CONSTRAINT fk_kb_category_parent FOREIGN KEY (parent_id) REFERENCES kb_category (id),
    CONSTRAINT fk_kb_category_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_kb_category_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE SEQUENCE kb_topic_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_topic (
    id                  BIGINT        NOT NULL,
    slug                VARCHAR(80)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    body_markdown       VARCHAR(100000) NOT NULL,
    body_html           VARCHAR(200000) NOT NULL,
    category_id         BIGINT        NOT NULL,
    visibility          VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    pinned              BOOLEAN       NOT NULL,
    hidden_from_popular BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_kb_topic PRIMARY KEY (id),
    CONSTRAINT uq_kb_topic_slug UNIQUE (slug),
    CONSTRAINT fk_kb_topic_category FOREIGN KEY (category_id) REFERENCES kb_category (id),
    CONSTRAINT ck_kb_topic_visibility CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'PUBLISHERS', 'ADVERTISERS')),
    CONSTRAINT ck_kb_topic_status CHECK (status IN ('DRAFT', 'PUBLISHED'))
);
CREATE INDEX ix_kb_topic_category ON kb_topic (category_id);

CREATE TABLE kb_topic_related (
    topic_id   BIGINT NOT NULL,
    related_id BIGINT NOT NULL,
    CONSTRAINT pk_kb_topic_related PRIMARY KEY (topic_id, related_id),
    CONSTRAINT fk_kb_topic_related_topic FOREIGN KEY (topic_id) REFERENCES kb_topic (id) ON DELETE CASCADE,
    CONSTRAINT fk_kb_topic_related_other FOREIGN KEY (related_id) REFERENCES kb_topic (id) ON DELETE CASCADE,
    CONSTRAINT ck_kb_topic_related_self CHECK (topic_id <> related_id)
);

CREATE SEQUENCE kb_topic_view_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_topic_view (
    id           BIGINT      NOT NULL,
    topic_id     BIGINT      NOT NULL,
    account_type VARCHAR(20),
    from_search  BOOLEAN     NOT NULL,
    viewed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_topic_view PRIMARY KEY (id),
    CONSTRAINT fk_kb_topic_view_topic FOREIGN KEY (topic_id) REFERENCES kb_topic (id) ON DELETE CASCADE
);
CREATE INDEX ix_kb_topic_view_time ON kb_topic_view (viewed_at, topic_id);

CREATE SEQUENCE kb_search_log_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_search_log (
    id              BIGINT       NOT NULL,
    query_text      VARCHAR(200) NOT NULL,
    result_count    INTEGER      NOT NULL,
    opened_topic_id BIGINT,
    account_type    VARCHAR(20),
    searched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_search_log PRIMARY KEY (id)
);
CREATE INDEX ix_kb_search_log_time ON kb_search_log (searched_at);

CREATE SEQUENCE kb_helpful_vote_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE kb_helpful_vote (
    id       BIGINT  NOT NULL,
    topic_id BIGINT  NOT NULL,
    user_id  BIGINT  NOT NULL,
    helpful  BOOLEAN NOT NULL,
    voted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_kb_helpful_vote PRIMARY KEY (id),
    CONSTRAINT uq_kb_helpful_vote UNIQUE (topic_id, user_id),
    CONSTRAINT fk_kb_helpful_vote_topic FOREIGN KEY (topic_id) REFERENCES kb_topic (id) ON DELETE CASCADE
);

-- Raised by every knowledge-base edit; each node polls it and refreshes its own search index.
CREATE TABLE kb_change (
    id      INTEGER NOT NULL,
    change_count BIGINT NOT NULL,
    CONSTRAINT pk_kb_change PRIMARY KEY (id)
);
INSERT INTO kb_change (id, change_count) VALUES (1, 0);

INSERT INTO task_lock (name) VALUES ('kb-seed');
