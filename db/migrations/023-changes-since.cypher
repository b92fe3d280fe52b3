// Issue 16 item 4, "what changed since": revisions and imports read by time, and the records an import created by
// its id (an import writes no revision per record: each record names it by `importId`).
CREATE INDEX revision_at IF NOT EXISTS FOR (n:Revision) ON (n.at);
CREATE INDEX import_at IF NOT EXISTS FOR (n:Import) ON (n.at);
CREATE INDEX actor_import_id IF NOT EXISTS FOR (n:Actor) ON (n.importId);
CREATE INDEX tie_import_id IF NOT EXISTS FOR (n:Tie) ON (n.importId);
CREATE INDEX meeting_import_id IF NOT EXISTS FOR (n:Meeting) ON (n.importId);
