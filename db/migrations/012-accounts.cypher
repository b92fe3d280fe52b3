// Accounts: one user per username; a session is found by the SHA-256 of its token (the token itself is never
// stored), and expired sessions are swept by their expiry.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.tokenHash IS UNIQUE;
CREATE INDEX session_expires_at IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
