-- The queue orders (QueueCriteria.Order): each page's ids are read from an index in order, so that
-- paging stays fast with 100,000 open inquiries (a team's queue, "mine", all teams, by age).
CREATE INDEX ix_inquiry_team_due ON inquiry (team_id, first_response_due, id, status);
CREATE INDEX ix_inquiry_due ON inquiry (first_response_due, id, status);
CREATE INDEX ix_inquiry_assignee_due ON inquiry (assignee_id, first_response_due, id);
CREATE INDEX ix_inquiry_submitted ON inquiry (submitted_at, id, status);
