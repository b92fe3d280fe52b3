/**
 * The overview a first visit opens on: a connected, readable core of the graph. The best-connected actors of an
 * event data set are not always linked to one another (the twenty first of a real ICEWS file were half strangers,
 * laid out in a grid apart), so the overview grows from the best-connected actor of the largest connected part,
 * adding at each step the best-connected actor linked to those already in, until it has OVERVIEW_MAX_ACTORS or
 * its pairs (one line each once folded by family) pass the budget, but with at least OVERVIEW_MIN_ACTORS when the
 * part has them. Every actor it shows has a line to another — unless the whole graph fits in the overview, which
 * then shows it whole, actors not yet tied to any included (a new database, the demo data).
 */
export const OVERVIEW_MAX_ACTORS = 30;
export const OVERVIEW_MIN_ACTORS = 20;
export const OVERVIEW_PAIR_BUDGET = 150;

/** A tie or a meeting among the overview's candidates, by the actors it links. */
export interface ClaimEnds {
  id: string;
  actorIds: string[];
}

export interface OverviewChoice {
  /** Best-connected first. */
  actorIds: string[];
  /** Candidates ranked above the last one shown that are left out: not linked to the core, or over the budget. */
  leftOut: number;
}

/** The candidates each candidate shares a claim with. */
function neighboursAmong(rankedIds: readonly string[], claims: readonly ClaimEnds[]): Map<string, Set<string>> {
  const neighbours = new Map(rankedIds.map((id) => [id, new Set<string>()]));
  for (const claim of claims) {
    const ends = [...new Set(claim.actorIds)].filter((id) => neighbours.has(id));
    for (const a of ends) for (const b of ends) if (a !== b) neighbours.get(a)!.add(b);
  }
  return neighbours;
}

/** The best-ranked actor of the connected part with the most candidates (the better-ranked part on a tie). */
function seedOfLargestPart(rankedIds: readonly string[], neighbours: Map<string, Set<string>>): string | undefined {
  const seen = new Set<string>();
  let best: { seed: string; size: number } | undefined;
  for (const id of rankedIds) {
    if (seen.has(id) || neighbours.get(id)!.size === 0) continue;
    let size = 0;
    const queue = [id];
    seen.add(id);
    while (queue.length) {
      const current = queue.pop()!;
      size += 1;
      for (const next of neighbours.get(current)!) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    if (!best || size > best.size) best = { seed: id, size };
  }
  return best?.seed;
}

/**
 * `rankedIds` are the candidates, best first. `partOfGraph`: they are not every actor of the graph but the
 * best-ranked whose claims fit one picture (lib/view-budget.ts), so that however few, they are not shown whole.
 */
export function chooseOverviewCore(
  rankedIds: readonly string[],
  claims: readonly ClaimEnds[],
  { maxActors = OVERVIEW_MAX_ACTORS, minActors = OVERVIEW_MIN_ACTORS, pairBudget = OVERVIEW_PAIR_BUDGET, partOfGraph = false } = {},
): OverviewChoice {
  if (!partOfGraph && rankedIds.length <= maxActors) return { actorIds: [...rankedIds], leftOut: 0 };
  const rank = new Map(rankedIds.map((id, index) => [id, index]));
  const neighbours = neighboursAmong(rankedIds, claims);
  const seed = seedOfLargestPart(rankedIds, neighbours);
  if (seed === undefined) return { actorIds: [], leftOut: 0 };
  const core = new Set([seed]);
  let pairs = 0;
  while (core.size < maxActors) {
    // The best-ranked candidate linked to the core, and how many pairs (lines) it would add.
    let next: { id: string; added: number } | undefined;
    for (const member of core) {
      for (const candidate of neighbours.get(member)!) {
        if (core.has(candidate) || (next && rank.get(candidate)! >= rank.get(next.id)!)) continue;
        next = { id: candidate, added: 0 };
      }
    }
    if (!next) break;
    for (const other of neighbours.get(next.id)!) if (core.has(other)) next.added += 1;
    if (core.size >= minActors && pairs + next.added > pairBudget) break;
    core.add(next.id);
    pairs += next.added;
  }
  const actorIds = [...core].sort((a, b) => rank.get(a)! - rank.get(b)!);
  const lastRank = rank.get(actorIds.at(-1)!)!;
  return { actorIds, leftOut: lastRank + 1 - actorIds.length };
}
