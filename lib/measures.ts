import type { ViewMeasure } from './appearance';
import { elementRef, orderedPair, participationId } from './element-refs';
import type { FoldedGraph } from './fold';

/**
 * Measures of a network of actors: who is central, who brokers, which groups hang together. They are computed on
 * the view as the analyst sees it — every line between two actors (whatever its types and counts) is one pair
 * weighted by the claims it holds, and a meeting drawn as a node links each two of its participants in view — so
 * that what the legend says of the picture is true of the picture. The whole graph's PageRank (db/measures) runs the
 * same code on every pair of the database.
 *
 * Written by hand on compressed adjacency arrays rather than with Cytoscape's own: `npm run bench -- --measures`
 * times both on the same views (Cytoscape's betweenness, closeness and PageRank grow far faster with the view).
 * Communities, which need graphology, are apart (lib/communities.ts), so that the explorer loads that library only
 * when it colours by them.
 */

/** Two actors linked, and how strongly: the claims of their lines, one per meeting of theirs drawn as a node. */
export interface WeightedPair {
  a: string;
  b: string;
  weight: number;
}

/**
 * An undirected weighted network in compressed rows: the neighbours of node `i` are
 * `targets[offsets[i] .. offsets[i + 1])`, with the pair's weight at the same place in `weights`.
 */
export interface PairGraph {
  ids: string[];
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The network of `ids`; pairs given several times add up, pairs with an unknown end or with itself are left out. */
export function pairGraph(ids: readonly string[], pairs: Iterable<WeightedPair>): PairGraph {
  const n = ids.length;
  const index = new Map(ids.map((id, position) => [id, position]));
  // One key per unordered pair: low * n + high stays an exact integer for any graph that fits in memory.
  const merged = new Map<number, number>();
  for (const { a, b, weight } of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    const key = i < j ? i * n + j : j * n + i;
    merged.set(key, (merged.get(key) ?? 0) + weight);
  }
  const offsets = new Int32Array(n + 1);
  for (const key of merged.keys()) {
    offsets[Math.floor(key / n) + 1]! += 1;
    offsets[(key % n) + 1]! += 1;
  }
  for (let i = 0; i < n; i += 1) offsets[i + 1]! += offsets[i]!;
  const next = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (const [key, weight] of merged) {
    const low = Math.floor(key / n);
    const high = key % n;
    targets[next[low]!] = high;
    weights[next[low]!++] = weight;
    targets[next[high]!] = low;
    weights[next[high]!++] = weight;
  }
  return { ids: [...ids], offsets, targets, weights };
}

/** The pairs one meeting makes of the actors present: each two of them, weighing one. */
export function coAttendancePairs(present: readonly string[]): WeightedPair[] {
  const pairs: WeightedPair[] = [];
  for (let i = 0; i < present.length; i += 1) for (let j = i + 1; j < present.length; j += 1) pairs.push({ a: present[i]!, b: present[j]!, weight: 1 });
  return pairs;
}

/** The pairs a folded view draws: each line weighs its claims, each meeting node links its participants two by two. */
export function viewPairs(view: Pick<FoldedGraph, 'lines' | 'meetings'>): WeightedPair[] {
  const pairs: WeightedPair[] = view.lines.map((line) => ({ a: line.sourceId, b: line.targetId, weight: line.count }));
  for (const meeting of view.meetings) for (const pair of coAttendancePairs(meeting.participants.map((participant) => participant.actorId))) pairs.push(pair);
  return pairs;
}

/** The network of a folded view, on the actors it draws. */
export function viewGraph(view: Pick<FoldedGraph, 'actors' | 'lines' | 'meetings'>): PairGraph {
  return pairGraph(
    view.actors.map((actor) => actor.id),
    viewPairs(view),
  );
}

/** Each node's number of neighbours. */
export function degrees(graph: PairGraph): Float64Array {
  const result = new Float64Array(graph.ids.length);
  for (let i = 0; i < result.length; i += 1) result[i] = graph.offsets[i + 1]! - graph.offsets[i]!;
  return result;
}

/**
 * Betweenness and closeness in one pass of breadth-first searches (Brandes 2001), counting steps: betweenness is
 * the share of the pairs of other nodes whose shortest chains go through the node (split among the chains), from
 * 0 to 1; closeness is harmonic (the mean of 1 / steps to every other node, 0 for the unreachable), so that a view
 * in several parts still ranks its nodes.
 */
export function pathMeasures(graph: PairGraph): { betweenness: Float64Array; closeness: Float64Array } {
  const { offsets, targets } = graph;
  const n = graph.ids.length;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const distance = new Int32Array(n);
  const chains = new Float64Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  for (let source = 0; source < n; source += 1) {
    distance.fill(-1);
    chains.fill(0);
    dependency.fill(0);
    distance[source] = 0;
    chains[source] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    let harmonic = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      for (let edge = offsets[v]!; edge < offsets[v + 1]!; edge += 1) {
        const w = targets[edge]!;
        if (distance[w] === -1) {
          distance[w] = next;
          order[tail++] = w;
          harmonic += 1 / next;
        }
        if (distance[w] === next) chains[w]! += chains[v]!;
      }
    }
    closeness[source] = n > 1 ? harmonic / (n - 1) : 0;
    for (let position = tail - 1; position > 0; position -= 1) {
      const w = order[position]!;
      const before = distance[w]! - 1;
      const share = (1 + dependency[w]!) / chains[w]!;
      for (let edge = offsets[w]!; edge < offsets[w + 1]!; edge += 1) {
        const v = targets[edge]!;
        if (distance[v] === before) dependency[v]! += chains[v]! * share;
      }
      betweenness[w]! += dependency[w]!;
    }
  }
  // Each pair was counted from both its ends.
  const pairsOfOthers = ((n - 1) * (n - 2)) / 2;
  for (let i = 0; i < n; i += 1) betweenness[i] = pairsOfOthers > 0 ? betweenness[i]! / 2 / pairsOfOthers : 0;
  return { betweenness, closeness };
}

/**
 * Weighted PageRank of an undirected network (damping 0.85): a node is central when its neighbours are, each
 * passing its rank on in proportion to the weight of its pairs. Ranks sum to 1; a node with no pair shares its
 * rank with all. Stops when the ranks move by less than `tolerance` in all.
 */
export function pageRank(graph: PairGraph, { damping = 0.85, tolerance = 1e-6, maxIterations = 100 } = {}): { ranks: Float64Array; iterations: number } {
  const { offsets, targets, weights } = graph;
  const n = graph.ids.length;
  let ranks = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  const strength = new Float64Array(n);
  for (let i = 0; i < n; i += 1) for (let edge = offsets[i]!; edge < offsets[i + 1]!; edge += 1) strength[i]! += weights[edge]!;
  let iterations = 0;
  while (iterations < maxIterations && n > 0) {
    iterations += 1;
    let alone = 0;
    for (let i = 0; i < n; i += 1) if (strength[i] === 0) alone += ranks[i]!;
    next.fill(((1 - damping) + damping * alone) / n);
    for (let j = 0; j < n; j += 1) {
      if (strength[j] === 0) continue;
      const share = (damping * ranks[j]!) / strength[j]!;
      for (let edge = offsets[j]!; edge < offsets[j + 1]!; edge += 1) next[targets[edge]!]! += share * weights[edge]!;
    }
    let moved = 0;
    for (let i = 0; i < n; i += 1) moved += Math.abs(next[i]! - ranks[i]!);
    [ranks, next] = [next, ranks];
    if (moved < tolerance) break;
  }
  return { ranks, iterations };
}

export interface ViewMeasures {
  graph: PairGraph;
  values: Record<ViewMeasure, Float64Array>;
}

/** Every measure of a view's network (the breadth-first searches of betweenness and closeness dominate the cost). */
export function measureGraph(graph: PairGraph): ViewMeasures {
  const { betweenness, closeness } = pathMeasures(graph);
  return { graph, values: { degree: degrees(graph), betweenness, closeness, pagerank: pageRank(graph).ranks } };
}

/** One measure by actor id. */
export function measureById(measures: ViewMeasures, measure: ViewMeasure): Map<string, number> {
  const values = measures.values[measure];
  return new Map(measures.graph.ids.map((id, i) => [id, values[i]!]));
}

/** A split of a network's nodes into communities (lib/communities.ts): `community[i]` is node i's, 0 the largest. */
export interface CommunitySplit {
  community: Int32Array;
  count: number;
}

/** The nodes of each community, best first by `importance` (then by id). */
export function communityMembers(graph: PairGraph, split: CommunitySplit, importance: Float64Array): number[][] {
  const members: number[][] = Array.from({ length: split.count }, () => []);
  split.community.forEach((number, i) => members[number]!.push(i));
  for (const nodes of members) nodes.sort((a, b) => importance[b]! - importance[a]! || (graph.ids[a]! < graph.ids[b]! ? -1 : 1));
  return members;
}

/** Two actors a broker links: how many steps apart they are without it (null: not linked at all). */
export interface BrokeredPair {
  a: string;
  b: string;
  otherwise: number | null;
}

export interface Broker {
  id: string;
  betweenness: number;
  /** The pairs of its neighbours it links, farthest apart without it first. */
  pairs: BrokeredPair[];
  /** How many pairs of the neighbours looked at are farther apart without it (`pairs` lists the first). */
  pairCount: number;
  /** How many of its neighbours were looked at (its best-connected, at most BROKER_NEIGHBOURS). */
  neighboursSeen: number;
  neighbours: number;
}

/** How many of a broker's neighbours (its best-connected in view) its pairs are looked for among. */
export const BROKER_NEIGHBOURS = 40;

/** Steps from `start` to every node, without going through `avoided` (-1: not reached). */
function stepsAvoiding(graph: PairGraph, start: number, avoided: number, distance: Int32Array, queue: Int32Array): void {
  distance.fill(-1);
  distance[start] = 0;
  distance[avoided] = -2;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  while (head < tail) {
    const v = queue[head++]!;
    for (let edge = graph.offsets[v]!; edge < graph.offsets[v + 1]!; edge += 1) {
      const w = graph.targets[edge]!;
      if (distance[w] !== -1) continue;
      distance[w] = distance[v]! + 1;
      queue[tail++] = w;
    }
  }
}

/**
 * The brokers of a network, best first: the nodes of highest betweenness (above 0), each with the pairs of its
 * neighbours that are two steps apart through it and farther — or not linked at all — without it. Pairs are
 * looked for among each broker's BROKER_NEIGHBOURS best-connected neighbours (by `importance`), so that a hub of a
 * dense view costs a bounded number of searches.
 */
export function rankBrokers(
  graph: PairGraph,
  betweenness: Float64Array,
  importance: Float64Array,
  { limit = 10, pairsPerBroker = 3, neighbourLimit = BROKER_NEIGHBOURS } = {},
): Broker[] {
  const n = graph.ids.length;
  const ranked = Array.from({ length: n }, (_, i) => i)
    .filter((i) => betweenness[i]! > 0)
    .sort((a, b) => betweenness[b]! - betweenness[a]! || (graph.ids[a]! < graph.ids[b]! ? -1 : 1))
    .slice(0, limit);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  return ranked.map((broker) => {
    const all = Array.from(graph.targets.subarray(graph.offsets[broker]!, graph.offsets[broker + 1]!));
    const seen = all.sort((a, b) => importance[b]! - importance[a]! || (graph.ids[a]! < graph.ids[b]! ? -1 : 1)).slice(0, neighbourLimit);
    const pairs: (BrokeredPair & { weight: number })[] = [];
    for (let first = 0; first < seen.length; first += 1) {
      stepsAvoiding(graph, seen[first]!, broker, distance, queue);
      for (let second = first + 1; second < seen.length; second += 1) {
        const steps = distance[seen[second]!]!;
        if (steps >= 1 && steps <= 2) continue;
        const [a, b] = orderedPair(graph.ids[seen[first]!]!, graph.ids[seen[second]!]!);
        pairs.push({ a, b, otherwise: steps === -1 ? null : steps, weight: importance[seen[first]!]! + importance[seen[second]!]! });
      }
    }
    pairs.sort((x, y) => farther(x.otherwise, y.otherwise) || y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
    return {
      id: graph.ids[broker]!,
      betweenness: betweenness[broker]!,
      pairs: varied(pairs, pairsPerBroker).map(({ a, b, otherwise }) => ({ a, b, otherwise })),
      pairCount: pairs.length,
      neighboursSeen: seen.length,
      neighbours: all.length,
    };
  });
}

/**
 * The first `count` pairs, preferring pairs of actors not named yet: a broker's one leaf (Israel's Netanyahu) would
 * otherwise fill the list with itself and one other each time.
 */
function varied<T extends { a: string; b: string }>(pairs: readonly T[], count: number): T[] {
  const named = new Set<string>();
  const chosen: T[] = [];
  for (const pair of pairs) {
    if (chosen.length === count) break;
    if (named.has(pair.a) || named.has(pair.b)) continue;
    chosen.push(pair);
    named.add(pair.a).add(pair.b);
  }
  for (const pair of pairs) {
    if (chosen.length === count) break;
    if (!chosen.includes(pair)) chosen.push(pair);
  }
  return chosen;
}

/** Not linked first, then more steps first. */
function farther(x: number | null, y: number | null): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return y - x;
}

/**
 * The canvas ids that draw the link of two actors in a folded view: its lines (most claims first) and, for each
 * meeting node both attended, the node and their two participation lines.
 */
export function pairElementIds(view: Pick<FoldedGraph, 'lines' | 'meetings'>, a: string, b: string): { lines: string[]; meetings: string[]; canvasIds: string[] } {
  const lines = view.lines
    .filter((line) => (line.sourceId === a && line.targetId === b) || (line.sourceId === b && line.targetId === a))
    .sort((x, y) => y.count - x.count)
    .map((line) => line.id);
  const meetings = view.meetings
    .filter((meeting) => meeting.participants.some((p) => p.actorId === a) && meeting.participants.some((p) => p.actorId === b))
    .map((meeting) => meeting.id);
  const canvasIds = [
    ...lines,
    ...meetings.flatMap((id) => [elementRef.meeting(id), participationId(id, a), participationId(id, b)]),
  ];
  return { lines, meetings, canvasIds };
}
