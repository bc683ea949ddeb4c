-- What a member typed into Ask a Question and has not sent yet, one per user, so that an expired
-- session or a lost page does not lose it.
CREATE TABLE inquiry_draft (
    user_id       BIGINT         NOT NULL,
    category_slug VARCHAR(80),
    subject       VARCHAR(80),
    question      VARCHAR(10000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_draft PRIMARY KEY (user_id),
    CONSTRAINT fk_inquiry_draft_user FOREIGN KEY (user_id) REFERENCES member_user (id) ON DELETE CASCADE
);
