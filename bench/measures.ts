/**
 * `npm run bench -- --measures [--size small] [--whole medium]`: the measures of issue 16.
 *
 * - **Views**: on the dense views of about 500, 2,000 and 5,000 elements that the canvas row draws (./browser), the
 *   measures the explorer computes in the browser (lib/measures.ts: the network of the view, degree, betweenness and
 *   closeness in one pass, PageRank; communities; the brokers' pairs), against Cytoscape's own betweenness,
 *   closeness and PageRank on the same network in the same run (headless, as `cytoscape({ headless: true })`).
 * - **Whole graph**: the whole graph's PageRank as the app computes it after writes and imports (db/measures): read,
 *   computed and written back on the `--size` Neo4j and, with `--whole medium`, on that size's (generated and loaded
 *   when missing: tens of minutes on a busy machine), with the process's memory; and the computation alone on the
 *   `--whole` size's generated graph in memory (medium when not given), which needs no Neo4j.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { closeDriver } from '../db/driver';
import { computeGraphPageRank, type PageRankReport } from '../db/measures/pagerank';
import { pageRankTransactions } from '../db/measures/refresh';
import { getViewPicture } from '../db/queries/graph';
import { communities } from '../lib/communities';
import { measureGraph, pageRank, pairGraph, rankBrokers, viewGraph, type PairGraph, type WeightedPair } from '../lib/measures';
import { DEFAULT_VIEW } from '../lib/view-state';
import { toElements } from '../components/graph/elements';
import { denseViews } from './browser';
import { openDataset } from './dataset';
import { generateBatch, SIZES, type SizeName } from './generate';
import { percentile } from './measure';
import { log } from './stack';

const RUNS = 7;
/** Cytoscape's runs stop after this long per measure: its slowest take seconds each on the largest views. */
const CYTOSCAPE_BUDGET_MS = 20_000;

function timed(runs: number, work: () => unknown, budgetMs = Number.POSITIVE_INFINITY): { ms: number; runs: number } {
  const times: number[] = [];
  const started = performance.now();
  for (let run = 0; run < runs; run += 1) {
    const before = performance.now();
    work();
    times.push(performance.now() - before);
    if (performance.now() - started > budgetMs) break;
  }
  return { ms: percentile(times, 50), runs: times.length };
}

/** The same network as Cytoscape elements: actors, and one edge per pair with its weight. */
function cytoscapeOf(graph: PairGraph): cytoscape.Core {
  const elements: ElementDefinition[] = graph.ids.map((id) => ({ group: 'nodes', data: { id } }));
  for (let i = 0; i < graph.ids.length; i += 1) {
    for (let edge = graph.offsets[i]!; edge < graph.offsets[i + 1]!; edge += 1) {
      const j = graph.targets[edge]!;
      if (i < j) elements.push({ group: 'edges', data: { id: `${i}-${j}`, source: graph.ids[i]!, target: graph.ids[j]!, weight: graph.weights[edge]! } });
    }
  }
  return cytoscape({ headless: true, elements });
}

interface ViewRow {
  elements: number;
  actors: number;
  pairs: number;
  ours: Record<'network' | 'paths' | 'pagerank' | 'communities' | 'brokers', { ms: number; runs: number }>;
  cytoscape: Record<'betweenness' | 'closeness' | 'pagerank', { ms: number; runs: number }>;
}

async function viewRows(): Promise<ViewRow[]> {
  const rows: ViewRow[] = [];
  for (const view of (await denseViews()).filter((candidate) => candidate.target >= 500)) {
    // The picture as the app draws it (the fold it chooses): the network is the same whatever the fold.
    const picture = await getViewPicture({ ...DEFAULT_VIEW, actors: view.actorIds });
    const drawn = toElements(picture).length;
    const graph = viewGraph(picture);
    const measures = measureGraph(graph);
    log(`measures: view of ${view.elements.length} elements (${drawn} drawn folded), ${graph.ids.length} actors, ${graph.targets.length / 2} pairs`);
    const cy = cytoscapeOf(graph);
    const all = cy.elements();
    rows.push({
      elements: view.elements.length,
      actors: graph.ids.length,
      pairs: graph.targets.length / 2,
      ours: {
        network: timed(RUNS, () => viewGraph(picture)),
        paths: timed(RUNS, () => measureGraph(graph)),
        pagerank: timed(RUNS, () => pageRank(graph)),
        communities: timed(RUNS, () => communities(graph)),
        brokers: timed(RUNS, () => rankBrokers(graph, measures.values.betweenness, measures.values.degree)),
      },
      cytoscape: {
        betweenness: timed(RUNS, () => all.betweennessCentrality({ directed: false }), CYTOSCAPE_BUDGET_MS),
        // One call computes every node's (Floyd–Warshall), then normalises.
        closeness: timed(RUNS, () => all.closenessCentralityNormalized({ directed: false, harmonic: true }), CYTOSCAPE_BUDGET_MS),
        pagerank: timed(RUNS, () => all.pageRank({ dampingFactor: 0.85, precision: 0.000001 }), CYTOSCAPE_BUDGET_MS),
      },
    });
    cy.destroy();
  }
  return rows;
}

/**
 * The computation alone on the `--whole` size's generated graph, in memory (the same seeded graph the bench loads
 * into that size's Neo4j): building the network of its pairs and ranking it, with the memory it takes.
 */
function computeOnGenerated(size: SizeName): { actors: number; pairs: number; iterations: number; networkMs: number; rankMs: number; heapMb: number } {
  const batch = generateBatch(SIZES[size]);
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const pairs: WeightedPair[] = batch.ties.map((tie) => ({ a: tie.subjectKey, b: tie.objectKey, weight: 1 }));
  for (const meeting of batch.meetings) {
    const keys = meeting.participants.map((participant) => participant.actorKey);
    for (let i = 0; i < keys.length; i += 1) for (let j = i + 1; j < keys.length; j += 1) pairs.push({ a: keys[i]!, b: keys[j]!, weight: 1 });
  }
  const graph = pairGraph(
    batch.actors.map((actor) => actor.key),
    pairs,
  );
  const built = performance.now();
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const rank = timed(RUNS, () => pageRank(graph));
  return { actors: graph.ids.length, pairs: graph.targets.length / 2, iterations: pageRank(graph).iterations, networkMs: built - started, rankMs: rank.ms, heapMb };
}

interface WholeRow {
  label: string;
  reports: PageRankReport[];
  heapMb: number;
  rssMb: number;
}

async function wholeGraph(label: string): Promise<WholeRow> {
  const reports: PageRankReport[] = [];
  let heap = 0;
  let rss = 0;
  for (let run = 0; run < 3; run += 1) {
    const before = process.memoryUsage();
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      heap = Math.max(heap, now.heapUsed - before.heapUsed);
      rss = Math.max(rss, now.rss - before.rss);
    }, 20);
    reports.push(await computeGraphPageRank(pageRankTransactions));
    clearInterval(sampler);
    log(`measures: whole-graph PageRank on ${label}, run ${run + 1}: ${JSON.stringify(reports.at(-1))}`);
  }
  return { label, reports, heapMb: heap / 2 ** 20, rssMb: rss / 2 ** 20 };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (theirs: number, ours: number) => `${(theirs / ours).toFixed(0)}×`;

export async function runMeasuresBench({ viewSize, wholeSize }: { viewSize: SizeName; wholeSize: SizeName | null }): Promise<string> {
  const out: string[] = [];
  {
    const { neo4j, label, info } = await openDataset(viewSize, { regenerate: false });
    const rows = await viewRows();
    // The whole path (read, compute, write back) on this size's Neo4j, while it is open.
    const whole = await wholeGraph(label);
    await closeDriver();
    await neo4j.stop();
    out.push(
      `Measures of a view (${label}; median ms of up to ${RUNS} runs in Node, as the browser runs the same code). ours: lib/measures.ts on compressed adjacency arrays;`,
      'Cytoscape: its own algorithms on the same network (headless, edges weighted but betweenness and closeness counted in steps, as ours).',
      '',
      '| view elements | actors | pairs | network | degree + betweenness + closeness + PageRank | PageRank alone | communities | brokers | Cytoscape betweenness | Cytoscape closeness (all) | Cytoscape PageRank | Cytoscape 3 / ours |',
      '|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
      ...rows.map((row) => {
        const theirs = row.cytoscape.betweenness.ms + row.cytoscape.closeness.ms + row.cytoscape.pagerank.ms;
        return `| ${row.elements} | ${row.actors} | ${row.pairs} | ${fmt(row.ours.network.ms)} | ${fmt(row.ours.paths.ms)} | ${fmt(row.ours.pagerank.ms)} | ${fmt(row.ours.communities.ms)} | ${fmt(row.ours.brokers.ms)} | ${fmt(row.cytoscape.betweenness.ms)} (${row.cytoscape.betweenness.runs}) | ${fmt(row.cytoscape.closeness.ms)} (${row.cytoscape.closeness.runs}) | ${fmt(row.cytoscape.pagerank.ms)} (${row.cytoscape.pagerank.runs}) | ${ratio(theirs, row.ours.paths.ms)} |`;
      }),
      '',
      ...wholeLines(whole, info),
    );
  }
  const generatedSize = wholeSize ?? 'medium';
  const generated = computeOnGenerated(generatedSize);
  out.push(
    '',
    `Whole-graph PageRank computed on ${generatedSize}'s generated graph in memory (${generated.actors} actors, ${generated.pairs} pairs, ${generated.iterations} iterations): ` +
      `network built in ${fmt(generated.networkMs)} ms (+${generated.heapMb.toFixed(0)} MB of heap), ranked in ${fmt(generated.rankMs)} ms (median of ${RUNS}).`,
  );
  if (wholeSize) {
    const { neo4j, label, info } = await openDataset(wholeSize, { regenerate: false });
    const row = await wholeGraph(label);
    await closeDriver();
    await neo4j.stop();
    out.push('', ...wholeLines(row, info));
  }
  return out.join('\n');
}

function wholeLines(row: WholeRow, info: { created: { actors: number; ties: number; meetings: number } }): string[] {
  const median = (pick: (report: PageRankReport) => number) => fmt(percentile(row.reports.map(pick), 50));
  const first = row.reports[0]!;
  return [
    `Whole-graph PageRank on ${row.label} (${info.created.actors} actors, ${info.created.ties} ties, ${info.created.meetings} meetings; ${first.pairs} pairs, ${first.iterations} iterations), ${first.method === 'app' ? 'in the app (no GDS on this server)' : 'with GDS'}, median of ${row.reports.length} runs, ms:`,
    `  read the network ${median((report) => report.ms.read)} · compute ${median((report) => report.ms.compute)} · write the ranks ${median((report) => report.ms.write)} · total ${median((report) => report.ms.total)}`,
    `  the app process's memory while computing: heap +${row.heapMb.toFixed(0)} MB, resident +${row.rssMb.toFixed(0)} MB at most`,
  ];
}
