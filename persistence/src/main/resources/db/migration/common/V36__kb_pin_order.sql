-- Pinned topics lead Most Popular Topics in the order editors pinned them (before: by title). Topics pinned
-- before this column existed keep their last change as the moment they were pinned.
ALTER TABLE kb_topic ADD COLUMN pinned_at TIMESTAMP WITH TIME ZONE;
UPDATE kb_topic SET pinned_at = updated_at WHERE pinned = TRUE;
