// Issue 17 item 4: the rate limits live in Neo4j, so that several app processes count as one (db/accounts/limits.ts).
// One node per key and window, found by its unique key (the MERGE of every limited request); sweeps delete expired ones.
CREATE CONSTRAINT rate_count_key IF NOT EXISTS FOR (n:RateCount) REQUIRE n.key IS UNIQUE;
CREATE INDEX rate_count_expires_at IF NOT EXISTS FOR (n:RateCount) ON (n.expiresAt);
CREATE CONSTRAINT sign_in_failures_key IF NOT EXISTS FOR (n:SignInFailures) REQUIRE n.key IS UNIQUE;
CREATE INDEX sign_in_failures_expires_at IF NOT EXISTS FOR (n:SignInFailures) ON (n.expiresAt);
