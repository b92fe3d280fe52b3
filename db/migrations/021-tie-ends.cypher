// Issue 17: a view draws the ties among its actors. Found by walking each actor's ties, their cost followed the
// hubs' thousands of ties, so the whole graph; each tie now keeps the ids of its two ends (they never change: a
// new pair is a new claim), and the view seeks each pair of its actors in this index.
MATCH (subject:Actor)<-[:SUBJECT]-(tie:Tie)-[:OBJECT]->(object:Actor)
WHERE tie.subjectId IS NULL
CALL (tie, subject, object) { SET tie.subjectId = subject.id, tie.objectId = object.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX tie_ends IF NOT EXISTS FOR (n:Tie) ON (n.subjectId, n.objectId);
