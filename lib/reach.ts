import type { ConnectionKind } from './graph';

/**
 * The actors within one or two steps of an actor, with a bound on the work. Within two steps of a typical actor of
 * event data lie the hubs it is tied to and their tens of thousands of ties: walking them all took seconds on the
 * medium bench set. So the actors of the first step are expanded least-connected first while the budget of steps
 * lasts; each one left (the best-connected) gives a sample of its steps instead, and each actor first met in a
 * sample stands for as many as that actor's degree over the claims sampled: the count is then an estimate.
 *
 * Pure: the database is reached through `read` and `sample`, so that the counting can be tested on any graph.
 */

export interface ReachStep {
  from: string;
  claimId: string;
  kind: ConnectionKind;
  to: string;
  toDegree: number;
}

export interface ReachedActor {
  degree: number;
  /** The kinds of step on the ways to it. */
  kinds: Set<ConnectionKind>;
  /** How many actors it stands for: 1 when counted, more when first met in a sample. */
  weight: number;
}

export interface Reach {
  actors: Map<string, ReachedActor>;
  /** How many actors are reached, counted or estimated (never more than the graph holds besides the start). */
  total: number;
  /** True when some steps were sampled rather than all read: `total` (and the counts by kind) are estimates. */
  estimated: boolean;
}

export interface ReachSearch {
  start: { id: string; degree: number };
  hops: 1 | 2;
  /** How many steps may be read in full. */
  budget: number;
  /** How many steps the samples of the actors left may read in all. */
  sampleBudget: number;
  /** How many actors the graph holds: no estimate goes past it. */
  actorsInGraph: number;
  read(actorIds: string[], rows: number): Promise<{ steps: ReachStep[]; more: boolean }>;
  sample(actorIds: string[], perActor: number): Promise<ReachStep[]>;
}

/** The fewest steps sampled from each actor left, so that a sample says something of it. */
const MIN_SAMPLE = 25;
const BATCH_STEPS = 5_000;

export async function reachWithin(search: ReachSearch): Promise<Reach> {
  const { start, hops, budget } = search;
  const actors = new Map<string, ReachedActor>();
  let estimated = false;
  // What the start's own steps say of each actor: reached through which kinds.
  const first = await search.read([start.id], budget);
  const startWeight = first.more ? weightOf(start.degree, first.steps) : 1;
  estimated ||= first.more;
  for (const step of first.steps) meet(actors, step, new Set(), startWeight, start.id);

  if (hops === 2) {
    let spent = first.steps.length;
    const firstStep = [...actors].map(([id, actor]) => ({ id, degree: actor.degree, kinds: new Set(actor.kinds) }));
    firstStep.sort((a, b) => a.degree - b.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const kindsOf = new Map(firstStep.map((actor) => [actor.id, actor.kinds]));
    let index = 0;
    while (index < firstStep.length) {
      const allowed = Math.min(BATCH_STEPS, budget - spent);
      const batch: string[] = [];
      let cost = 0;
      // An actor of more than BATCH_STEPS is read alone, if the budget left allows it.
      while (index < firstStep.length && cost + Math.max(firstStep[index]!.degree, 1) <= (batch.length === 0 ? budget - spent : allowed)) {
        cost += Math.max(firstStep[index]!.degree, 1);
        batch.push(firstStep[index]!.id);
        index += 1;
      }
      if (batch.length === 0) break;
      const answer = await search.read(batch, budget - spent);
      spent += answer.steps.length;
      for (const step of answer.steps) meet(actors, step, kindsOf.get(step.from)!, 1, start.id);
      // The budget ran out within the batch: which of its actors were read in full is not known, so none is sampled.
      if (answer.more) {
        estimated = true;
        index = firstStep.length;
      }
    }
    const left = firstStep.slice(index).reverse();
    if (left.length > 0) {
      estimated = true;
      // The best-connected first: they stand for most of what is left.
      const sampled = left.slice(0, Math.floor(search.sampleBudget / MIN_SAMPLE));
      const perActor = Math.max(MIN_SAMPLE, Math.floor(search.sampleBudget / sampled.length));
      const rows = await search.sample(
        sampled.map((actor) => actor.id),
        perActor,
      );
      const bySource = new Map<string, ReachStep[]>();
      for (const step of rows) {
        const steps = bySource.get(step.from);
        if (steps) steps.push(step);
        else bySource.set(step.from, [step]);
      }
      for (const actor of sampled) {
        const steps = bySource.get(actor.id) ?? [];
        const weight = steps.length < perActor ? 1 : weightOf(actor.degree, steps);
        for (const step of steps) meet(actors, step, actor.kinds, weight, start.id);
      }
    }
  }
  let total = 0;
  for (const actor of actors.values()) total += actor.weight;
  return { actors, total: Math.min(Math.round(total), Math.max(search.actorsInGraph - 1, actors.size)), estimated };
}

/** How many actors each one met in a sample of an actor's steps stands for: its degree over the claims sampled. */
function weightOf(degree: number, steps: ReachStep[]): number {
  const claims = new Set(steps.map((step) => step.claimId)).size;
  return claims === 0 ? 1 : Math.max(1, degree / claims);
}

/** Records a step's actor as reached through the kinds on the way to its start and its own kind. */
function meet(actors: Map<string, ReachedActor>, step: ReachStep, kindsBefore: ReadonlySet<ConnectionKind>, weight: number, startId: string): void {
  if (step.to === startId) return;
  let actor = actors.get(step.to);
  if (!actor) actors.set(step.to, (actor = { degree: step.toDegree, kinds: new Set(), weight }));
  for (const kind of kindsBefore) actor.kinds.add(kind);
  actor.kinds.add(step.kind);
}

/** How many actors each kind of step reaches (an actor counts under every kind on its way), most first. */
export function countByKind(reach: Reach): { connection: ConnectionKind; count: number }[] {
  const counts = new Map<ConnectionKind, number>();
  for (const actor of reach.actors.values()) {
    for (const kind of actor.kinds) counts.set(kind, (counts.get(kind) ?? 0) + actor.weight);
  }
  return [...counts]
    .map(([connection, count]) => ({ connection, count: Math.min(Math.round(count), reach.total) }))
    .sort((a, b) => b.count - a.count || a.connection.localeCompare(b.connection));
}
