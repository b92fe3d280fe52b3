// A retried or double-submitted POST carries the same Idempotency-Key: the constraint makes the second wait for
// the first and then find its key, so one record is created.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE;
// Tombstones: listed newest first on the deleted-records page, and restored together by their deletion id.
CREATE INDEX actor_deleted_at IF NOT EXISTS FOR (n:Actor) ON (n.deletedAt);
CREATE INDEX relation_deleted_at IF NOT EXISTS FOR (n:Relation) ON (n.deletedAt);
CREATE INDEX meeting_deleted_at IF NOT EXISTS FOR (n:Meeting) ON (n.deletedAt);
CREATE INDEX source_deleted_at IF NOT EXISTS FOR (n:Source) ON (n.deletedAt);
CREATE INDEX actor_deletion_id IF NOT EXISTS FOR (n:Actor) ON (n.deletionId);
CREATE INDEX relation_deletion_id IF NOT EXISTS FOR (n:Relation) ON (n.deletionId);
CREATE INDEX meeting_deletion_id IF NOT EXISTS FOR (n:Meeting) ON (n.deletionId);
CREATE INDEX source_deletion_id IF NOT EXISTS FOR (n:Source) ON (n.deletionId);
