import { int, type ManagedTransaction } from 'neo4j-driver';
import { coAttendancePairs, pageRank, pairGraph, type WeightedPair } from '../../lib/measures';

/**
 * The PageRank of the whole graph, kept on each actor as `pagerank` beside `degree`, so that the overview ranks
 * actors by it (db/queries/graph.ts) with an index. Computed on the same network as a view's measures
 * (lib/measures.ts): each two actors linked by live ties (weighed by their count) or by meetings both attended
 * (one per meeting), undirected. It is recorded in `(:GraphMeasure {name: 'pagerank'})`: when, how long it took,
 * on how many actors and pairs, and how — in the app, or with Neo4j Graph Data Science where the server has it.
 *
 * Free of `server-only`, like db/commands/degrees, so that the demo seed and the bulk loader can run it.
 */

export const PAGERANK_MEASURE = 'pagerank';

/** Read and write transactions on some driver: the app's (db/driver.ts), the seed's or a script's. */
export interface MeasureTransactions {
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export interface PageRankReport {
  method: 'app' | 'gds';
  actors: number;
  pairs: number;
  iterations: number | null;
  /** Reading the network, computing, writing the ranks back (GDS does all three at once: `compute`). */
  ms: { read: number; compute: number; write: number; total: number };
}

/** Ranks written per transaction, so that a graph of any size is written in bounded pieces. */
const WRITE_CHUNK = 10_000;

/**
 * Whether the server has Neo4j Graph Data Science: asked once per process, of the functions the server lists (a
 * call of `gds.version()` without it was an error the driver module logged as unexpected on every start).
 */
let gdsPresent: Promise<boolean> | null = null;
function hasGds(transactions: MeasureTransactions): Promise<boolean> {
  gdsPresent ??= transactions
    .read(async (tx) => {
      const result = await tx.run<{ present: boolean }>("SHOW FUNCTIONS YIELD name WHERE name = 'gds.version' RETURN count(*) > 0 AS present");
      return result.records[0]?.get('present') ?? false;
    })
    .catch(() => false);
  return gdsPresent;
}

/** Every live actor, and the pairs of live actors linked by live claims. */
async function readNetwork(tx: ManagedTransaction): Promise<{ ids: string[]; pairs: WeightedPair[] }> {
  const actors = await tx.run<{ id: string }>('MATCH (a:Actor) WHERE a.deletedAt IS NULL RETURN a.id AS id ORDER BY id');
  const ties = await tx.run<{ a: string; b: string; weight: number }>(
    // The ends' ids each tie keeps (migration 021), not its two relationships walked to the actors: on medium's
    // 200,000 ties, 3.2-5.5 s this way against 5.6-15.8 s walked, on a loaded machine.
    `MATCH (t:Tie) WHERE t.deletedAt IS NULL
     RETURN t.subjectId AS a, t.objectId AS b, count(*) AS weight`,
  );
  const meetings = await tx.run<{ ids: string[] }>(
    `MATCH (m:Meeting)-[:PARTICIPANT]->(a:Actor) WHERE m.deletedAt IS NULL
     WITH m, collect(DISTINCT a.id) AS ids WHERE size(ids) >= 2
     RETURN ids`,
  );
  const pairs: WeightedPair[] = ties.records.map((record) => ({ a: record.get('a'), b: record.get('b'), weight: Number(record.get('weight')) }));
  // A loop, not a spread: a meeting of hundreds makes tens of thousands of pairs.
  for (const record of meetings.records) for (const pair of coAttendancePairs(record.get('ids'))) pairs.push(pair);
  // Deleted actors are not in `ids`: pairGraph leaves their pairs out.
  return { ids: actors.records.map((record) => record.get('id')), pairs };
}

async function pageRankInApp(transactions: MeasureTransactions): Promise<PageRankReport> {
  const started = performance.now();
  const { ids, pairs } = await transactions.read(readNetwork);
  const read = performance.now();
  const graph = pairGraph(ids, pairs);
  const { ranks, iterations } = pageRank(graph);
  const computed = performance.now();
  for (let start = 0; start < ids.length; start += WRITE_CHUNK) {
    // Twelve digits: actors alike (Egypt and Qatar in the demo) rank equal whatever order the pairs were summed in.
    const rows = ids.slice(start, start + WRITE_CHUNK).map((id, offset) => ({ id, rank: Number(ranks[start + offset]!.toPrecision(12)) }));
    await transactions.write((tx) => tx.run('UNWIND $rows AS row MATCH (a:Actor {id: row.id}) SET a.pagerank = row.rank', { rows }));
  }
  const written = performance.now();
  return {
    method: 'app',
    actors: ids.length,
    pairs: graph.targets.length / 2,
    iterations,
    ms: { read: read - started, compute: computed - read, write: written - computed, total: written - started },
  };
}

/**
 * The same with Graph Data Science, on a server that has it: the network projected by a Cypher aggregation, ranked
 * and written by `gds.pageRank.write`, the projection dropped. Not run here (this machine's Maven mirror has no GDS,
 * see README "Measures"); its ranks are GDS's own scale (not summing to 1), which orders actors alike.
 */
async function pageRankWithGds(transactions: MeasureTransactions): Promise<PageRankReport> {
  const started = performance.now();
  const graphName = `parley-pagerank-${Date.now()}`;
  const result = await transactions.write(async (tx) => {
    // Actors with no pair are not projected: they rank 0.
    await tx.run('MATCH (a:Actor) WHERE a.deletedAt IS NULL SET a.pagerank = 0.0');
    const projected = await tx.run<{ actors: number; pairs: number }>(
      `CALL () {
         MATCH (s:Actor)<-[:SUBJECT]-(t:Tie)-[:OBJECT]->(o:Actor)
         WHERE t.deletedAt IS NULL AND s.deletedAt IS NULL AND o.deletedAt IS NULL
         RETURN s AS a, o AS b, count(t) AS weight
         UNION ALL
         MATCH (a:Actor)<-[:PARTICIPANT]-(m:Meeting)-[:PARTICIPANT]->(b:Actor)
         WHERE m.deletedAt IS NULL AND a.deletedAt IS NULL AND b.deletedAt IS NULL AND elementId(a) < elementId(b)
         RETURN a, b, count(m) AS weight
       }
       WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: toFloat(weight)}}, {undirectedRelationshipTypes: ['*']}) AS graph
       RETURN graph.nodeCount AS actors, graph.relationshipCount AS pairs`,
      { graphName },
    );
    const ranked = await tx.run<{ iterations: number }>(
      `CALL gds.pageRank.write($graphName, {relationshipWeightProperty: 'weight', dampingFactor: 0.85, tolerance: 1e-6, maxIterations: 100, writeProperty: 'pagerank'})
       YIELD ranIterations RETURN ranIterations AS iterations`,
      { graphName },
    );
    await tx.run('CALL gds.graph.drop($graphName) YIELD graphName RETURN graphName', { graphName });
    return { actors: Number(projected.records[0]?.get('actors') ?? 0), pairs: Number(projected.records[0]?.get('pairs') ?? 0), iterations: Number(ranked.records[0]?.get('iterations') ?? 0) };
  });
  const total = performance.now() - started;
  return { method: 'gds', ...result, ms: { read: 0, compute: total, write: 0, total } };
}

async function record(transactions: MeasureTransactions, report: PageRankReport, at: string): Promise<void> {
  await transactions.write((tx) =>
    tx.run(
      `MERGE (m:GraphMeasure {name: $name})
       SET m.computedAt = $at, m.startedAt = coalesce(m.startedAt, $at), m.method = $method, m.actors = $actors, m.pairs = $pairs, m.ms = $ms`,
      { name: PAGERANK_MEASURE, at, method: report.method, actors: int(report.actors), pairs: int(report.pairs), ms: report.ms.total },
    ),
  );
}

/** Computes the whole graph's PageRank now, writes it on the actors and records it. */
export async function computeGraphPageRank(transactions: MeasureTransactions, { at = new Date().toISOString() } = {}): Promise<PageRankReport> {
  const report = (await hasGds(transactions)) ? await pageRankWithGds(transactions) : await pageRankInApp(transactions);
  await record(transactions, report, at);
  return report;
}

/**
 * Computes it unless it was started less than `minIntervalMs` ago, by this process or another: the start is
 * claimed on the measure's node first (one write, under its lock), so that writes coming thick and fast, and
 * several app processes, cost at most one computation per interval. When it was not due, says when it will be.
 */
export async function refreshGraphPageRankIfDue(
  transactions: MeasureTransactions,
  { minIntervalMs, now = new Date() }: { minIntervalMs: number; now?: Date },
): Promise<{ report: PageRankReport } | { dueAt: Date }> {
  const claim = await transactions.write(async (tx) => {
    const result = await tx.run<{ claimed: boolean; startedAt: string }>(
      `MERGE (m:GraphMeasure {name: $name})
       WITH m, m.startedAt IS NULL OR m.startedAt <= $dueBefore AS claimed
       SET m.startedAt = CASE WHEN claimed THEN $now ELSE m.startedAt END
       RETURN claimed, m.startedAt AS startedAt`,
      { name: PAGERANK_MEASURE, now: now.toISOString(), dueBefore: new Date(now.getTime() - minIntervalMs).toISOString() },
    );
    return result.records[0]!.toObject();
  });
  if (!claim.claimed) return { dueAt: new Date(new Date(claim.startedAt).getTime() + minIntervalMs) };
  return { report: await computeGraphPageRank(transactions, { at: now.toISOString() }) };
}

/** When the whole graph's PageRank was last computed; null when never (the overview then ranks by degree). */
export async function pageRankComputedAt(tx: ManagedTransaction): Promise<string | null> {
  const result = await tx.run<{ at: string | null }>('MATCH (m:GraphMeasure {name: $name}) RETURN m.computedAt AS at', { name: PAGERANK_MEASURE });
  return result.records[0]?.get('at') ?? null;
}
