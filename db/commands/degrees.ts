import { int, type ManagedTransaction } from 'neo4j-driver';
import type { ClaimLabel } from './records';

/**
 * Every actor keeps `degree`: how many live ties and meetings it is part of. "Best-connected first" (neighbour
 * lists, the overview) then reads a property instead of counting each candidate's claims, a count that walks
 * every hub's thousands of ties and so grew with the whole graph. Each write keeps it in its own transaction:
 * creating claims adds one per link; anything that removes, moves or brings back links recounts the actors
 * concerned. A bulk import adds the links of its committed chunks once, when it ends (db/bulk/chunks `finishImport`).
 */

const LIVE_DEGREE = 'COUNT { (actor)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim) WHERE claim.deletedAt IS NULL }';

/**
 * After creating ties or meetings, each given by the actor ids it links (one per SUBJECT, OBJECT or PARTICIPANT
 * link, as the live count counts them): their actors' degrees go up by as many links.
 */
export async function countNewClaims(tx: ManagedTransaction, claims: string[][]): Promise<void> {
  const added = new Map<string, number>();
  for (const id of claims.flat()) added.set(id, (added.get(id) ?? 0) + 1);
  await addLinks(tx, added);
}

/** Raises each actor's degree by the links given for it (actor id -> links added). */
export async function addLinks(tx: ManagedTransaction, added: ReadonlyMap<string, number>): Promise<void> {
  if (added.size === 0) return;
  await tx.run(
    `UNWIND $added AS row
     MATCH (actor:Actor {id: row.id})
     SET actor.degree = coalesce(actor.degree, 0) + row.links`,
    { added: [...added].map(([id, links]) => ({ id, links: int(links) })) },
  );
}

/** Recounts the degree of the given actors (unknown ids are ignored). */
export async function recountDegrees(tx: ManagedTransaction, actorIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(actorIds)];
  if (ids.length === 0) return;
  await tx.run(
    `UNWIND $ids AS id
     MATCH (actor:Actor {id: id})
     SET actor.degree = ${LIVE_DEGREE}`,
    { ids },
  );
}

// Fixed per label (labels cannot be parameters): the actors a tie or a meeting links.
const ACTORS_OF_CLAIMS: Record<ClaimLabel, string> = {
  Tie: 'UNWIND $ids AS id MATCH (:Tie {id: id})-[:SUBJECT|OBJECT]->(a:Actor) RETURN DISTINCT a.id AS id',
  Meeting: 'UNWIND $ids AS id MATCH (:Meeting {id: id})-[:PARTICIPANT]->(a:Actor) RETURN DISTINCT a.id AS id',
};

/** The ids of the actors the given ties or meetings link, now. */
export async function actorsOfClaims(tx: ManagedTransaction, label: ClaimLabel, claimIds: string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  const result = await tx.run<{ id: string }>(ACTORS_OF_CLAIMS[label], { ids: claimIds });
  return result.records.map((record) => record.get('id'));
}

/** Recounts the degrees of the actors of the given ties or meetings, after they were deleted or restored. */
export async function recountDegreesOfClaims(tx: ManagedTransaction, label: ClaimLabel, claimIds: string[]): Promise<void> {
  await recountDegrees(tx, await actorsOfClaims(tx, label, claimIds));
}
