-- Failed logins are counted per address and, apart, per address and client ("member:<email>|<client>"): the key
-- grows by a client address (up to 45 characters for IPv6).
ALTER TABLE login_throttle ALTER COLUMN login_key SET DATA TYPE VARCHAR(400);
