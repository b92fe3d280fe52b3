// Idempotency keys expire after a day (db/commands/idempotency.ts): sweeps find the expired ones by their time.
CREATE INDEX idempotency_key_created_at IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.createdAt);
