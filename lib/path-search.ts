/**
 * "How is A connected to B?" with a bound on the work: a breadth-first search from both ends at once, level by
 * level, always on the side whose next level costs less (the sum of its frontier's stored degrees), each level's
 * actors expanded best-connected last, until every path of up to `maxHops` steps is known, `limit` paths are, or
 * the budget of steps examined runs out. A search from one end alone, or a path query left to the database,
 * walks the ties of every hub on the way: tens of seconds on the medium bench set for some pairs.
 *
 * Why this finds what it says: once the two sides reach `df` and `db` steps from their ends (every actor nearer
 * expanded), every path of up to `df + db` steps has each of its steps among those found (a step at position i
 * was found from its start side when i < df, from its end side otherwise). The paths are then listed from the
 * steps found, shortest first and in the order of their claim ids, so the answer is the same whatever way the
 * search went. When the budget runs out part-way, the paths found are still real, and the answer says up to how
 * many steps it is complete.
 *
 * Pure: the database is reached through `expand`, so that the search can be tested on any graph.
 */

export type StepVia = 'tie' | 'meeting';

/** One step an expansion found: from an actor, through a tie or a meeting, to another actor. */
export interface FoundStep {
  from: string;
  claimId: string;
  via: StepVia;
  to: string;
  /** The stored degree of `to` (its live ties and meetings): what expanding it would cost. */
  toDegree: number;
}

/** A path as found: its claims in order and the actors it passes, from the start. */
export interface FoundPath {
  claims: { id: string; via: StepVia }[];
  actorIds: string[];
}

export interface PathSearch {
  from: { id: string; degree: number };
  to: { id: string; degree: number };
  maxHops: number;
  limit: number;
  /** How many steps the expansions may answer in all. */
  budget: number;
  /** The steps from each of these actors: at most `rows`, with `more` set when there were others. */
  expand(actorIds: string[], rows: number): Promise<{ steps: FoundStep[]; more: boolean }>;
}

export interface PathSearchResult {
  paths: FoundPath[];
  /**
   * Null when the answer is complete: the first `limit` of all paths of up to `maxHops` steps, or all of them.
   * Otherwise the budget ran out: every path of up to this many steps is listed (there are fewer than `limit`),
   * and longer ones may exist beyond those listed.
   */
  completeUpTo: number | null;
}

/** The most steps one expansion is asked for, so that a level through many actors is read in several answers. */
const BATCH_STEPS = 5_000;

/** The most branches the listing of paths may try: the steps found may hold more paths than anyone could read. */
const LISTING_WORK = 200_000;

/** One end's side of the search: the actors it reached, and those of them not yet expanded with their degrees. */
class Side {
  readonly reached = new Set<string>();
  readonly open = new Map<string, number>();

  constructor(end: { id: string; degree: number }) {
    this.reached.add(end.id);
    this.open.set(end.id, end.degree);
  }

  /** What expanding every open actor would cost, in steps. */
  cost(): number {
    let sum = 0;
    for (const degree of this.open.values()) sum += cost(degree);
    return sum;
  }

  /** Takes in the steps read from actors of this side: the actors they reach are open to expand. */
  take(step: FoundStep): void {
    if (this.reached.has(step.to)) return;
    this.reached.add(step.to);
    this.open.set(step.to, step.toDegree);
  }
}

/** An actor's expansion costs at least one query row, even with a stored degree of 0 (one not yet counted). */
const cost = (degree: number) => Math.max(degree, 1);

/** The steps found, each both ways (a path may walk a tie against its direction), without repeats. */
class Steps {
  private readonly byActor = new Map<string, Map<string, { claimId: string; via: StepVia; to: string }>>();
  private readonly sorted = new Map<string, { claimId: string; via: StepVia; to: string }[]>();

  add(step: FoundStep): void {
    this.addOneWay(step.from, step.claimId, step.via, step.to);
    this.addOneWay(step.to, step.claimId, step.via, step.from);
  }

  private addOneWay(from: string, claimId: string, via: StepVia, to: string): void {
    let steps = this.byActor.get(from);
    if (!steps) this.byActor.set(from, (steps = new Map()));
    steps.set(`${claimId}\u0000${to}`, { claimId, via, to });
    this.sorted.delete(from);
  }

  /** The steps from an actor, by claim id then actor id: the order paths are listed in. */
  from(actorId: string): { claimId: string; via: StepVia; to: string }[] {
    let steps = this.sorted.get(actorId);
    if (!steps) {
      steps = [...(this.byActor.get(actorId)?.values() ?? [])].sort((a, b) => compare(a.claimId, b.claimId) || compare(a.to, b.to));
      this.sorted.set(actorId, steps);
    }
    return steps;
  }

  /** How many steps each actor is from `end` through the steps found, up to `depth`. */
  distancesTo(end: string, depth: number): Map<string, number> {
    const distances = new Map([[end, 0]]);
    let level = [end];
    for (let distance = 1; distance <= depth && level.length > 0; distance += 1) {
      const next: string[] = [];
      for (const actor of level) {
        for (const step of this.byActor.get(actor)?.values() ?? []) {
          if (distances.has(step.to)) continue;
          distances.set(step.to, distance);
          next.push(step.to);
        }
      }
      level = next;
    }
    return distances;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function searchPaths(search: PathSearch): Promise<PathSearchResult> {
  const { from, to, maxHops, limit } = search;
  const steps = new Steps();
  const sides = [new Side(from), new Side(to)] as const;
  const spent = { steps: 0 };
  // Every path of up to this many steps has all its steps found: the two sides' depths together.
  let searched = 0;
  while (searched < maxHops) {
    const known = listPaths(steps, from.id, to.id, searched, limit);
    if (known.paths.length >= limit && known.complete) return { paths: known.paths, completeUpTo: null };
    // A side with nothing left to expand has found every step of its end's part of the graph: every path is known.
    if (sides.some((side) => side.open.size === 0)) break;
    const side = sides[0].cost() <= sides[1].cost() ? sides[0] : sides[1];
    const level = [...side.open].map(([id, degree]) => ({ id, degree, sides: [side] }));
    if (!(await expandCheapest(search, level, spent, steps))) {
      // The rest of the budget goes to the actors least costly to expand on either side, whatever their depth:
      // a path around the best-connected actors may still be found, though not shown to be the shortest.
      await expandCheapest(search, openOnEitherSide(sides), spent, steps, () => listPaths(steps, from.id, to.id, maxHops, limit).paths.length >= limit);
      return finish(steps, search, searched);
    }
    searched += 1;
  }
  return finish(steps, search, null);
}

/** The open actors of both sides, each once with the sides it is open on. */
function openOnEitherSide(sides: readonly Side[]): Candidate[] {
  const candidates = new Map<string, Candidate>();
  for (const side of sides) {
    for (const [id, degree] of side.open) {
      const candidate = candidates.get(id);
      if (candidate) candidate.sides.push(side);
      else candidates.set(id, { id, degree, sides: [side] });
    }
  }
  return [...candidates.values()];
}

interface Candidate {
  id: string;
  degree: number;
  /** The sides it is expanded for: the actors its steps reach join them. */
  sides: Side[];
}

/** The paths among the steps found, and what the answer may leave out. */
function finish(steps: Steps, { from, to, maxHops, limit }: PathSearch, completeUpTo: number | null): PathSearchResult {
  const listed = listPaths(steps, from.id, to.id, maxHops, limit);
  if (listed.complete) return { paths: listed.paths, completeUpTo };
  // Listing gave up on a length: paths of it (and longer) may be missing, whatever the search found.
  return { paths: listed.paths, completeUpTo: Math.min(completeUpTo ?? maxHops, listed.completeUpTo) };
}

/**
 * Expands the candidates, least costly first (the best-connected last), in answers of about BATCH_STEPS steps.
 * True when all were expanded; false when the next would pass the budget (it and the rest stay open), or when
 * `enough` says so after an answer.
 */
async function expandCheapest(
  search: PathSearch,
  candidates: Candidate[],
  spent: { steps: number },
  steps: Steps,
  enough: () => boolean = () => false,
): Promise<boolean> {
  const ordered = [...candidates].sort((a, b) => a.degree - b.degree || compare(a.id, b.id));
  for (let index = 0; index < ordered.length; ) {
    const left = search.budget - spent.steps;
    const batch: Candidate[] = [];
    let batchCost = 0;
    // An actor of more than BATCH_STEPS is read alone, if the budget left allows it.
    while (index < ordered.length && batchCost + cost(ordered[index]!.degree) <= (batch.length === 0 ? left : Math.min(BATCH_STEPS, left))) {
      batchCost += cost(ordered[index]!.degree);
      batch.push(ordered[index]!);
      index += 1;
    }
    if (batch.length === 0) return false;
    for (const candidate of batch) for (const side of candidate.sides) side.open.delete(candidate.id);
    const answer = await search.expand(
      batch.map((candidate) => candidate.id),
      left,
    );
    spent.steps += answer.steps.length;
    const sidesOf = new Map(batch.map((candidate) => [candidate.id, candidate.sides]));
    for (const step of answer.steps) {
      steps.add(step);
      for (const side of sidesOf.get(step.from) ?? []) side.take(step);
    }
    // More steps than the budget left: which of the batch's actors were expanded in full is not known.
    if (answer.more || enough()) return false;
  }
  return true;
}

/**
 * The paths of up to `maxLength` steps from `from` to `to` through the steps found, shortest first, then in the
 * order of their claim ids; at most `limit`. A path never passes the same actor or claim twice. `complete` is
 * false when the work ran out, with the longest length listed in full.
 */
function listPaths(
  steps: Steps,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): { paths: FoundPath[]; complete: boolean; completeUpTo: number } {
  const paths: FoundPath[] = [];
  const distances = steps.distancesTo(to, maxLength);
  let work = 0;
  const actorIds = [from];
  const claims: FoundPath['claims'] = [];
  const onPath = new Set([from]);
  const claimsOnPath = new Set<string>();

  // Depth first, each actor's steps in claim order: the paths of one length come out in the order they are listed.
  const walk = (actor: string, left: number): boolean => {
    work += 1;
    if (work > LISTING_WORK) return false;
    if (left === 0) {
      if (actor === to) paths.push({ claims: [...claims], actorIds: [...actorIds] });
      return true;
    }
    for (const step of steps.from(actor)) {
      if (paths.length >= limit) return true;
      const distance = distances.get(step.to);
      if (distance === undefined || distance > left - 1 || onPath.has(step.to) || claimsOnPath.has(step.claimId)) continue;
      // The end is reached only by the last step.
      if (step.to === to && left > 1) continue;
      onPath.add(step.to);
      claimsOnPath.add(step.claimId);
      actorIds.push(step.to);
      claims.push({ id: step.claimId, via: step.via });
      const finished = walk(step.to, left - 1);
      claims.pop();
      actorIds.pop();
      claimsOnPath.delete(step.claimId);
      onPath.delete(step.to);
      if (!finished) return false;
    }
    return true;
  };

  for (let length = 1; length <= maxLength && paths.length < limit; length += 1) {
    if (!walk(from, length)) return { paths, complete: false, completeUpTo: length - 1 };
  }
  return { paths, complete: true, completeUpTo: maxLength };
}
