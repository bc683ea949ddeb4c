-- PostgreSQL only (H2 has no partial indexes; its V24 does nothing). The queues list unresolved
-- inquiries, about one in ten; in due order the closed ones come first (they are older), so the
-- full-table indexes made a queue page walk hundreds of thousands of closed entries before the
-- first open one (40 ms for a team's first page, 3 s for all teams or by submission date, on
-- 1,000,000 inquiries). These hold the unresolved inquiries alone, in each order a queue offers;
-- QueuePageQuery writes the statuses into its SQL so that the planner can use them.
CREATE INDEX ix_inquiry_unresolved_team_due ON inquiry (team_id, first_response_due, id)
    WHERE status IN ('NEW', 'OPEN', 'AWAITING_MEMBER');
CREATE INDEX ix_inquiry_unresolved_due ON inquiry (first_response_due, id, team_id)
    WHERE status IN ('NEW', 'OPEN', 'AWAITING_MEMBER');
CREATE INDEX ix_inquiry_unresolved_assignee_due ON inquiry (assignee_id, first_response_due, id)
    WHERE status IN ('NEW', 'OPEN', 'AWAITING_MEMBER');
CREATE INDEX ix_inquiry_unresolved_submitted ON inquiry (submitted_at, id, team_id)
    WHERE status IN ('NEW', 'OPEN', 'AWAITING_MEMBER');
CREATE INDEX ix_inquiry_unresolved_number ON inquiry (id, team_id)
    WHERE status IN ('NEW', 'OPEN', 'AWAITING_MEMBER');
