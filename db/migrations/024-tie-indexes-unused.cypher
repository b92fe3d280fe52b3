// Issue 14 (import speed): every index on ties is written for each tie an import creates, and most of an import's
// time in Neo4j went to them: dropping these three took Neo4j's CPU time for 100,000 ICEWS events from about 61 s
// to 39 s (the raw load of the same rows: 14-18 s). No query seeks ties by type, start or end: views, paths and
// expansions start from actors (and the `tie_ends` pair index); the one query that looked ties up by type (the leaders of organisations named in a report)
// now starts from those organisations.
DROP INDEX tie_type IF EXISTS;
DROP INDEX tie_since IF EXISTS;
DROP INDEX tie_until IF EXISTS;
