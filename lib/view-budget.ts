/**
 * How many claims one view reads. Past it, a view of hubs holds more than can be read in time or drawn legibly: on
 * the `large` bench set, a hub and its 150 best-connected neighbours hold 64,000 ties and 40,000 meetings, which
 * read in 12–20 s and fold into 27,000 lines and 9,000 meeting nodes. Reading and folding cost about 0.3 ms a claim
 * there (2 busy cores), so 3,000 claims answer within a second.
 */
export const VIEW_CLAIM_BUDGET = 3_000;

/** What a view over its budget leaves out: its least-connected actors, until the rest fit. */
export interface ViewCut {
  /** The actors left out, best-connected first. */
  actors: { id: string; name: string }[];
  /** The claims among the actors shown, as counted before they were read. */
  claimsShown: number;
  /** The claims the view was counted to hold when the count stopped: at least this many. */
  claimsAtLeast: number;
  budget: number;
}

/**
 * How many of a ranked list of actors (best first) fit the budget, given the claims that join the view with each
 * actor (those between it and the actors ranked before it): the longest prefix within it, and at least the first
 * two, so that an actor and its best-connected neighbour show. `joining` may be shorter than the list: the count
 * stopped there.
 */
export function prefixWithinBudget(joining: readonly number[], budget: number): { size: number; claims: number } {
  let claims = 0;
  for (let size = 0; size < joining.length; size++) {
    const next = claims + joining[size]!;
    if (next > budget && size >= 2) return { size, claims };
    claims = next;
  }
  return { size: joining.length, claims };
}
