// Issue 13 item 4: what Parley records from one actor to another is a tie, in the graph too (it was :Relation).
// The schema of :Tie first, as 001, 002, 005 and 011 made it for :Relation, so relabelled ties keep unique ids.
CREATE CONSTRAINT tie_id IF NOT EXISTS FOR (n:Tie) REQUIRE n.id IS UNIQUE;
CREATE INDEX tie_type IF NOT EXISTS FOR (n:Tie) ON (n.type);
CREATE INDEX tie_since IF NOT EXISTS FOR (n:Tie) ON (n.since);
CREATE INDEX tie_until IF NOT EXISTS FOR (n:Tie) ON (n.until);
CREATE INDEX tie_deleted_at IF NOT EXISTS FOR (n:Tie) ON (n.deletedAt);
CREATE INDEX tie_deletion_id IF NOT EXISTS FOR (n:Tie) ON (n.deletionId);
CREATE INDEX tie_import_key IF NOT EXISTS FOR (n:Tie) ON (n.importKey);
// In batches: a graph may hold a million ties, more than one transaction should carry.
MATCH (n:Relation)
CALL (n) { SET n:Tie REMOVE n:Relation } IN TRANSACTIONS OF 10000 ROWS;
// Revisions name the label of their record (db/commands/record-writes.ts).
MATCH (r:Revision {entityType: 'Relation'})
CALL (r) { SET r.entityType = 'Tie' } IN TRANSACTIONS OF 10000 ROWS;
DROP CONSTRAINT relation_id IF EXISTS;
DROP INDEX relation_type IF EXISTS;
DROP INDEX relation_since IF EXISTS;
DROP INDEX relation_until IF EXISTS;
DROP INDEX relation_deleted_at IF EXISTS;
DROP INDEX relation_deletion_id IF EXISTS;
DROP INDEX relation_import_key IF EXISTS;
