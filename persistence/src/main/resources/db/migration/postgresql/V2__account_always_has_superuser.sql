-- PostgreSQL only: the SuperUser an account references must be one of its own users, and that
-- user's row cannot be deleted while referenced. Deferred to commit, because an account and its
-- first user reference each other and are inserted one after the other. (H2 has no deferred
-- constraints; there the Account entity alone keeps the reference right.)
ALTER TABLE account ADD CONSTRAINT fk_account_superuser
    FOREIGN KEY (superuser_id, id) REFERENCES member_user (id, account_id)
    DEFERRABLE INITIALLY DEFERRED;
