-- Nothing to do on PostgreSQL: fk_account_superuser (V2) already keeps an account's SuperUser one of its own users.
-- H2 gets triggers for the same rule in its V33; both databases stay at the same schema version.
SELECT 1;
