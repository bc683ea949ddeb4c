-- Every message now changes its inquiry's row (and version), so that a reply written against an
-- older version of the conversation is refused instead of crossing a new message unseen.
ALTER TABLE inquiry ADD COLUMN message_count INTEGER DEFAULT 0 NOT NULL;
UPDATE inquiry SET message_count = (SELECT COUNT(*) FROM inquiry_message m WHERE m.inquiry_id = inquiry.id);
