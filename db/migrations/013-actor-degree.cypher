// Each actor's number of live ties and meetings, kept up to date by every write (db/commands/degrees.ts), so that
// "best-connected first" reads a property instead of walking every hub's ties. Counted once here for existing data.
MATCH (actor:Actor)
SET actor.degree = COUNT { (actor)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim) WHERE claim.deletedAt IS NULL };
// The overview opens on the best-connected actors: read in degree order from this index, not sorted from all.
CREATE INDEX actor_degree IF NOT EXISTS FOR (n:Actor) ON (n.degree);
