/**
 * The overview a first visit opens on shows the best-connected actors. On a large graph those are hubs with
 * thousands of ties among them: two hundred of them drew some 35,000 elements (12 MB of page, minutes of
 * layout). So it shows as many of them, best first, as fit in a picture one can read.
 */
export const OVERVIEW_ELEMENT_BUDGET = 600;

/** A tie or a meeting among the overview's candidates, by the actors it links. */
export interface ClaimEnds {
  id: string;
  actorIds: string[];
}

/**
 * How many of `rankedIds` (best-connected first) the overview can show within `budget` canvas elements: the
 * longest prefix whose actors, the ties among them, and the meetings at least two of them attended (a node,
 * and an edge to each participant shown) fit. Always at least one actor when there is one.
 */
export function overviewSize(rankedIds: string[], ties: ClaimEnds[], meetings: ClaimEnds[], budget: number): number {
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  const ranksOf = (claim: ClaimEnds) =>
    [...new Set(claim.actorIds)].flatMap((id) => rank.get(id) ?? []).sort((a, b) => a - b);
  // What each actor adds when it joins: itself, the ties that now have both ends, and meeting nodes and edges.
  const added = rankedIds.map(() => 1);
  for (const tie of ties) {
    const ranks = ranksOf(tie);
    if (ranks.length === 2) added[ranks[1]!]! += 1;
  }
  for (const meeting of meetings) {
    const ranks = ranksOf(meeting);
    if (ranks.length < 2) continue;
    added[ranks[1]!]! += 3; // the meeting and its first two participations
    for (const later of ranks.slice(2)) added[later]! += 1;
  }
  let elements = 0;
  for (const [index, count] of added.entries()) {
    elements += count;
    if (elements > budget) return Math.max(index, 1);
  }
  return rankedIds.length;
}
