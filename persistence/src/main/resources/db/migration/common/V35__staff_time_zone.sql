-- The time zone a staff user reads times in; NULL: the business calendar's zone (support.calendar.zone).
ALTER TABLE staff_user ADD COLUMN time_zone VARCHAR(64);
