-- Saved replies per team (SPEC §7), with placeholders {member}, {number} and {agent}; one starter
-- reply per team so that the console is not empty on a new installation.
-- The seeded rows take ids 1-3; the first range EclipseLink draws is 51-100.
CREATE SEQUENCE saved_reply_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE saved_reply (
    id      BIGINT        NOT NULL,
    team_id BIGINT        NOT NULL,
    title   VARCHAR(80)   NOT NULL,
    body    VARCHAR(4000) NOT NULL,
    version BIGINT        NOT NULL,
    CONSTRAINT pk_saved_reply PRIMARY KEY (id),
    CONSTRAINT fk_saved_reply_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
);
CREATE INDEX ix_saved_reply_team ON saved_reply (team_id, title);
INSERT INTO saved_reply (id, team_id, title, body, version) VALUES (1, 1, 'Payment run dates',
    'Hello {member},

thank you for your question #{number}. Payments are made on the 15th of each month for the commissions validated in the month before; a payment on a weekend or holiday is made on the next business day.

Kind regards,
{agent}', 0);
INSERT INTO saved_reply (id, team_id, title, body, version) VALUES (2, 2, 'Check the tracking link',
    'Hello {member},

to look into #{number}, please send us one tracking link that does not record clicks, exactly as it appears on your site, and the time you tested it.

Kind regards,
{agent}', 0);
INSERT INTO saved_reply (id, team_id, title, body, version) VALUES (3, 3, 'Policy review started',
    'Hello {member},

we have started reviewing #{number} against the network''s policy and will write again within two business days.

Kind regards,
{agent}', 0);
