import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { CommunitySplit, PairGraph } from './measures';
import { seededRandom } from './random';

/** The seed of community detection: one fixed seed, so that a view is split the same way each time it is drawn. */
export const COMMUNITY_SEED = 16;

/**
 * Communities (Louvain, weighted by the pairs' claims, with a seeded random so that a view always splits the same
 * way), numbered from the largest: `community[i]` is node i's. A node with no pair is a community of its own.
 */
export function communities(graph: PairGraph, seed = COMMUNITY_SEED): CommunitySplit {
  const { offsets, targets, weights } = graph;
  const n = graph.ids.length;
  const network = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i += 1) network.addNode(String(i));
  for (let i = 0; i < n; i += 1) {
    for (let edge = offsets[i]!; edge < offsets[i + 1]!; edge += 1) {
      const j = targets[edge]!;
      if (i < j) network.addUndirectedEdge(String(i), String(j), { weight: weights[edge]! });
    }
  }
  const found = network.size > 0 ? louvain(network, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  const raw = Array.from({ length: n }, (_, i) => found[String(i)] ?? -1 - i);
  // Largest first; among equals, the one whose first node comes first, so that numbers are stable too.
  const members = new Map<number, number[]>();
  raw.forEach((label, i) => members.set(label, [...(members.get(label) ?? []), i]));
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const community = new Int32Array(n);
  ordered.forEach((nodes, number) => nodes.forEach((i) => (community[i] = number)));
  return { community, count: ordered.length };
}
