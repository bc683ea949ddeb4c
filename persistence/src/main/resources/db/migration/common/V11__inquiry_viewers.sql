-- Who has an inquiry open in the staff console ("also viewing"), as last seen; rows older than a
-- few minutes mean nothing and are removed as the pages check in.
CREATE TABLE inquiry_viewer (
    inquiry_id    BIGINT       NOT NULL,
    staff_user_id BIGINT       NOT NULL,
    staff_name    VARCHAR(120) NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_inquiry_viewer PRIMARY KEY (inquiry_id, staff_user_id),
    CONSTRAINT fk_inquiry_viewer_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiry (id) ON DELETE CASCADE,
    CONSTRAINT fk_inquiry_viewer_staff FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_inquiry_viewer_seen ON inquiry_viewer (seen_at);
