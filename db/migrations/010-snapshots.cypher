// Snapshots are immutable pictures of a view, found by their short id in `/v/<id>` links.
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:Snapshot) REQUIRE n.id IS UNIQUE;
