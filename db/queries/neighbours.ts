import 'server-only';
import { readablePrefix } from '../../lib/picture';
import { VIEW_CLAIM_BUDGET } from '../../lib/view-budget';
import { readClaimsWithin, readGraphActors } from './graph';
import { actorsWithinBudget, readDegreesInOrder } from './view-budget';
import { int, type ManagedTransaction } from 'neo4j-driver';
import type { ConnectionKind, ExpandPreview, Neighbourhood } from '../../lib/graph';
import { countByKind, reachWithin, type Reach } from '../../lib/reach';
import { readTransaction } from '../driver';
import { requireActor } from './actors';
import { readStepsFrom, sampleStepsFrom } from './steps';

/**
 * How many steps a preview or an expansion may read in full (lib/reach.ts), and how many more its samples of the
 * best-connected actors left may read. On the medium bench set (2 busy cores), 2-hop reaches of 40 of the bench's
 * actors took p95 0.95–1.16 s at 20,000 + 5,000 and 0.58–0.86 s at 12,000 + 3,000 (35 of them estimated, warm
 * cache), however large the graph.
 */
const REACH_BUDGET = 12_000;
const SAMPLE_BUDGET = 3_000;

/** The actors within `hops` steps of the kinds given (all for null), read within the budget (lib/reach.ts). */
async function readReach(tx: ManagedTransaction, actorId: string, hops: 1 | 2, kinds: ConnectionKind[] | null): Promise<Reach> {
  const degree = await requireActor(tx, actorId);
  // The count of a label comes from the count store, whatever the graph's size.
  const result = await tx.run<{ actorsInGraph: number }>('RETURN COUNT { MATCH (:Actor) } AS actorsInGraph');
  const filters = { kinds, minReliability: null };
  return reachWithin({
    start: { id: actorId, degree },
    hops,
    budget: REACH_BUDGET,
    sampleBudget: SAMPLE_BUDGET,
    actorsInGraph: result.records[0]!.get('actorsInGraph'),
    read: (actorIds, rows) => readStepsFrom(tx, actorIds, rows, filters),
    sample: (actorIds, perActor) => sampleStepsFrom(tx, actorIds, perActor, filters),
  });
}

/**
 * What expanding an actor would add, before adding it: how many actors are within `hops` steps, and, for each kind
 * of step met on the way, how many of them a path through that kind reaches. Every kind met is offered, so the
 * analyst can leave any out; an actor reached by a tie then a meeting counts under both kinds. Past the budget of
 * steps read, the counts are estimated from samples (`estimated`).
 */
export async function getExpandPreview({ actorId, hops }: { actorId: string; hops: 1 | 2 }): Promise<ExpandPreview> {
  return readTransaction(async (tx) => {
    const reach = await readReach(tx, actorId, hops, null);
    return { actorId, hops, total: reach.total, byConnection: countByKind(reach), estimated: reach.estimated };
  });
}

/**
 * The actors within `hops` steps of the given kinds (all kinds when `connections` is null), best-connected
 * first, then by name; cut to `limit`, with the full count so the page can say what it left out. `readable` cuts
 * it further to what one readable picture of the actor and them holds (lib/picture.ts), for "Show only this
 * neighbourhood": a hub's 150 best-connected neighbours are a hairball of thousands of lines.
 */
export async function getNeighbourhood(query: {
  actorId: string;
  hops: 1 | 2;
  connections: ConnectionKind[] | null;
  limit: number;
  readable?: boolean;
}): Promise<Neighbourhood> {
  const found = await findNeighbours(query);
  if (!query.readable || found.actorIds.length === 0) return found;
  const fits = (await readableNeighbours(query.actorId, found.actorIds)) - 1;
  const actorIds = found.actorIds.slice(0, fits);
  return { ...found, actorIds, truncated: found.total > actorIds.length };
}

/**
 * How many of the actor and its ranked neighbours one readable picture holds (lib/picture.ts `readablePrefix`),
 * read within the budget a view reads in: a hub's 150 best-connected neighbours hold far more claims than one
 * readable picture, so what the budget leaves out would not fit anyway. Two actors need no picture to be read: the
 * actor and its best-connected neighbour always show.
 */
async function readableNeighbours(actorId: string, neighbourIds: string[]): Promise<number> {
  return readTransaction(async (tx) => {
    const within = await actorsWithinBudget(tx, await readDegreesInOrder(tx, [actorId, ...neighbourIds]), VIEW_CLAIM_BUDGET);
    if (within.actorIds.length <= 2) return within.actorIds.length;
    const graph = { actors: await readGraphActors(tx, within.actorIds), ...(await readClaimsWithin(tx, within)) };
    return readablePrefix(graph, within.actorIds);
  });
}

async function findNeighbours({ actorId, hops, connections, limit }: { actorId: string; hops: 1 | 2; connections: ConnectionKind[] | null; limit: number }): Promise<Neighbourhood> {
  return readTransaction(async (tx) => {
    const reach = await readReach(tx, actorId, hops, connections);
    // Best-connected first by the stored live degree (db/commands/degrees.ts), then by name: names are read only
    // for the actors that can be listed, those at least as well connected as the last one that fits.
    const ranked = [...reach.actors].map(([id, actor]) => ({ id, degree: actor.degree })).sort((a, b) => b.degree - a.degree);
    const lowest = ranked[Math.min(limit, ranked.length) - 1]?.degree ?? 0;
    const candidates = ranked.filter((actor) => actor.degree >= lowest).map((actor) => actor.id);
    const named = await tx.run<{ id: string }>(
      `UNWIND $candidates AS id
       MATCH (a:Actor {id: id})
       RETURN a.id AS id ORDER BY a.degree DESC, a.name, a.id LIMIT $limit`,
      { candidates, limit: int(limit) },
    );
    const actorIds = named.records.map((record) => record.get('id'));
    const total = Math.max(reach.total, actorIds.length);
    return { actorId, hops, actorIds, total, truncated: total > actorIds.length, estimated: reach.estimated };
  });
}
