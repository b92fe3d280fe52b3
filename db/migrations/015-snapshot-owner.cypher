// Snapshots by the user who took them: each share counts the ones its user keeps, against the quota.
CREATE INDEX snapshot_created_by_id IF NOT EXISTS FOR (n:Snapshot) ON (n.createdById);
