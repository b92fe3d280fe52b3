// Issue 14: an import is recorded once, as an (:Import {id, at, editor, editorId, records}) that every record it
// creates names by `importId`, instead of a revision per record (which doubled what a bulk load writes); a record's
// history shows its import as its first revision (db/commands/revisions).
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;

// Claims imported before reciprocal codings were merged are keyed by their one coding (`icews:<Event ID>`) and
// have no `eventIds`. The loader looks codings' keys up only where such claims exist: this marks that they do, so
// that it need not scan for them on every import. New imports never make such claims.
OPTIONAL MATCH (claim) WHERE (claim:Tie OR claim:Meeting) AND claim.importKey IS NOT NULL AND claim.eventIds IS NULL
WITH claim LIMIT 1
FOREACH (_ IN CASE WHEN claim IS NULL THEN [] ELSE [1] END | MERGE (:CodingKeyedClaims));
