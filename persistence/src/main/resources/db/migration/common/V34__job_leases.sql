-- Leases of the background jobs that run once across all nodes (mail, inquiry reminders and auto-close, dormancy,
-- abandoned uploads): a node runs such a job only while it holds the job's lease; a dead holder's lease expires.
CREATE TABLE job_lease (
    job        VARCHAR(40)              NOT NULL,
    holder     VARCHAR(80),
    expires_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_job_lease PRIMARY KEY (job)
);
INSERT INTO job_lease (job) VALUES ('mail');
INSERT INTO job_lease (job) VALUES ('inquiry');
INSERT INTO job_lease (job) VALUES ('dormancy');
INSERT INTO job_lease (job) VALUES ('uploads');
