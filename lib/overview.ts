/**
 * The overview a first visit opens on shows the best-connected actors. On a large graph those are hubs with
 * thousands of ties among them: two hundred of them drew some 35,000 elements (a 12 MB page, minutes of layout).
 * So it shows as many of them, best first, as fit in a picture one can read — and at least a few, with the ties
 * and meetings among the best-connected first when even those are too many to draw.
 */
export const OVERVIEW_ELEMENT_BUDGET = 600;
export const OVERVIEW_MIN_ACTORS = 20;

/** A tie or a meeting among the overview's candidates, by the actors it links. */
export interface ClaimEnds {
  id: string;
  actorIds: string[];
}

export interface OverviewChoice {
  actorIds: string[];
  tieIds: string[];
  meetingIds: string[];
  /** Ties and meetings among the actors shown that the budget left out. */
  omitted: number;
}

interface Candidate {
  kind: 'tie' | 'meeting';
  id: string;
  /** The ranks of its actors among the candidates, lowest (best-connected) first. */
  ranks: number[];
}

/**
 * What the overview shows of `rankedIds` (best-connected first): the longest prefix whose actors, the ties among
 * them and the meetings at least two of them attended (a node, and an edge to each participant shown) fit in
 * `budget` elements, but at least `minActors`; when those are over the budget, the claims that join the
 * best-connected actors come first.
 */
export function fitOverview(rankedIds: string[], ties: ClaimEnds[], meetings: ClaimEnds[], budget: number, minActors: number): OverviewChoice {
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  const candidate = (kind: Candidate['kind'], claim: ClaimEnds): Candidate => ({
    kind,
    id: claim.id,
    ranks: [...new Set(claim.actorIds)].flatMap((id) => rank.get(id) ?? []).sort((a, b) => a - b),
  });
  const candidates = [...ties.map((tie) => candidate('tie', tie)), ...meetings.map((meeting) => candidate('meeting', meeting))].filter(
    (claim) => claim.ranks.length >= 2,
  );
  const count = actorsThatFit(rankedIds.length, candidates, budget, minActors);
  // Each claim joins the picture with its second actor; a meeting brings a node and an edge per participant shown.
  const shown = candidates
    .map((claim) => ({ claim, ranks: claim.ranks.filter((value) => value < count) }))
    .filter(({ ranks }) => ranks.length >= 2)
    .sort((a, b) => a.ranks[1]! - b.ranks[1]!);
  const choice: OverviewChoice = { actorIds: rankedIds.slice(0, count), tieIds: [], meetingIds: [], omitted: 0 };
  let elements = count;
  for (const { claim, ranks } of shown) {
    const cost = claim.kind === 'tie' ? 1 : 1 + ranks.length;
    if (elements + cost > budget) {
      choice.omitted += 1;
      continue;
    }
    elements += cost;
    (claim.kind === 'tie' ? choice.tieIds : choice.meetingIds).push(claim.id);
  }
  return choice;
}

/** The longest prefix of actors whose picture fits, but no fewer than `minActors` (or all there are). */
function actorsThatFit(total: number, candidates: Candidate[], budget: number, minActors: number): number {
  // What each actor adds when it joins: itself, the ties that now have both ends, and meeting nodes and edges.
  const added = Array.from({ length: total }, () => 1);
  for (const { kind, ranks } of candidates) {
    if (kind === 'tie') added[ranks[1]!]! += 1;
    else {
      added[ranks[1]!]! += 3; // the meeting and its first two participations
      for (const later of ranks.slice(2)) added[later]! += 1;
    }
  }
  let elements = 0;
  for (const [index, count] of added.entries()) {
    elements += count;
    if (elements > budget) return Math.min(total, Math.max(index, minActors));
  }
  return total;
}
