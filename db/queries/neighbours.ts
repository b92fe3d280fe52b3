import 'server-only';
import { readablePrefix } from '../../lib/picture';
import { getViewGraph } from './graph';
import { int } from 'neo4j-driver';
import type { ConnectionKind, ExpandPreview, Neighbourhood } from '../../lib/graph';
import { readTransaction } from '../driver';
import { requireActor } from './actors';
import { STEP, STEP_KINDS } from './steps';

/**
 * The bounds of the path pattern for each number of steps, as fixed text: bounds cannot be parameters, and a
 * pattern of `{1,2}` filtered to one step afterwards would still walk two steps (through every hub's ties) for a
 * one-step expansion, whose cost would then follow the size of the graph rather than of the neighbourhood.
 */
const HOP_BOUNDS: Record<1 | 2, string> = { 1: '{1,1}', 2: '{1,2}' };

/**
 * What expanding an actor would add, before adding it: how many actors are within `hops` steps, and, for each kind
 * of step met on the way, how many of them a path through that kind reaches. Every kind met is offered, so the
 * analyst can leave any out; an actor reached by a tie then a meeting counts under both kinds.
 */
export async function getExpandPreview({ actorId, hops }: { actorId: string; hops: 1 | 2 }): Promise<ExpandPreview> {
  return readTransaction(async (tx) => {
    await requireActor(tx, actorId);
    const result = await tx.run<{ actorId: string; kindsOnTheWay: ConnectionKind[] }>(
      `MATCH (start:Actor {id: $actorId})
       MATCH (start) ${STEP}${HOP_BOUNDS[hops]} (reached)
       WHERE reached <> start
       UNWIND ${STEP_KINDS} AS kind
       RETURN reached.id AS actorId, collect(DISTINCT kind) AS kindsOnTheWay`,
      { actorId, hops: int(hops), kinds: null, minReliability: null },
    );
    const counts = new Map<ConnectionKind, number>();
    for (const record of result.records) {
      for (const kind of record.get('kindsOnTheWay')) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    const byConnection = [...counts]
      .map(([connection, count]) => ({ connection, count }))
      .sort((a, b) => b.count - a.count || a.connection.localeCompare(b.connection));
    return { actorId, hops, total: result.records.length, byConnection };
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
  const ranked = [query.actorId, ...found.actorIds];
  const fits = readablePrefix(await getViewGraph({ actorIds: ranked }), ranked) - 1;
  const actorIds = found.actorIds.slice(0, fits);
  return { ...found, actorIds, truncated: found.total > actorIds.length };
}

async function findNeighbours({ actorId, hops, connections, limit }: { actorId: string; hops: 1 | 2; connections: ConnectionKind[] | null; limit: number }): Promise<Neighbourhood> {
  return readTransaction(async (tx) => {
    await requireActor(tx, actorId);
    const result = await tx.run<{ actorIds: string[]; total: number }>(
      `MATCH (start:Actor {id: $actorId})
       MATCH (start) ${STEP}${HOP_BOUNDS[hops]} (reached)
       WHERE reached <> start
       WITH DISTINCT reached
       // The stored live degree (db/commands/degrees.ts): counting it here would walk every hub's ties.
       ORDER BY reached.degree DESC, reached.name, reached.id
       // Aggregating without a key answers one row even when nothing is reached.
       WITH collect(reached.id) AS actorIds
       RETURN actorIds[0..$limit] AS actorIds, size(actorIds) AS total`,
      { actorId, hops: int(hops), kinds: connections, minReliability: null, limit: int(limit) },
    );
    const actorIds = result.records[0]?.get('actorIds') ?? [];
    const total = result.records[0]?.get('total') ?? 0;
    return { actorId, hops, actorIds, total, truncated: total > actorIds.length };
  });
}
