-- H2 only (PostgreSQL has fk_account_superuser since V2): an account's SuperUser is one of its own users, and that
-- user's row is neither deleted nor moved to another account while it is the SuperUser. H2 has no deferred
-- constraints, so triggers check each change as it happens (see H2SuperUserTrigger).
CREATE TRIGGER tr_account_superuser AFTER INSERT, UPDATE ON account FOR EACH ROW
    CALL 'io.supportcenter.persistence.db.H2SuperUserTrigger';
CREATE TRIGGER tr_member_user_superuser AFTER UPDATE, DELETE ON member_user FOR EACH ROW
    CALL 'io.supportcenter.persistence.db.H2SuperUserTrigger';
