// Issue 16: the whole graph's PageRank, kept on each actor as `pagerank` beside `degree` (db/measures/pagerank.ts),
// and recorded — when, how long, how — in one (:GraphMeasure {name: 'pagerank'}) node that also bounds how often it
// is computed. The app computes it after the next write, or when the overview finds it never was.
CREATE CONSTRAINT graph_measure_name IF NOT EXISTS FOR (n:GraphMeasure) REQUIRE n.name IS UNIQUE;
// The overview reads the best-ranked actors in PageRank order from this index, not sorted from all.
CREATE INDEX actor_pagerank IF NOT EXISTS FOR (n:Actor) ON (n.pagerank);
