-- Admins create teams in the console; the three teams of V1 hold ids 1-3.
CREATE SEQUENCE team_seq START WITH 100 INCREMENT BY 50;
