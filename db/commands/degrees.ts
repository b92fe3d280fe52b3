import type { ManagedTransaction } from 'neo4j-driver';
import type { ClaimLabel } from './records';

/**
 * Every actor keeps `degree`: how many live ties and meetings it is part of. "Best-connected first" (neighbour
 * lists, the overview) then reads a property instead of counting each candidate's claims, a count that walks
 * every hub's thousands of ties and so grew with the whole graph. Each write that adds, removes, deletes or
 * restores a claim recounts the degrees of that claim's actors in its own transaction, so the stored value is
 * always the live count; recounting (rather than adding one) keeps retries and re-imports exact.
 */

const LIVE_DEGREE = 'COUNT { (actor)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim) WHERE claim.deletedAt IS NULL }';

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
  Relation: 'UNWIND $ids AS id MATCH (:Relation {id: id})-[:SUBJECT|OBJECT]->(a:Actor) RETURN DISTINCT a.id AS id',
  Meeting: 'UNWIND $ids AS id MATCH (:Meeting {id: id})-[:PARTICIPANT]->(a:Actor) RETURN DISTINCT a.id AS id',
};

/** The ids of the actors the given ties or meetings link, now. */
export async function actorsOfClaims(tx: ManagedTransaction, label: ClaimLabel, claimIds: string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  const result = await tx.run(ACTORS_OF_CLAIMS[label], { ids: claimIds });
  return result.records.map((record) => record.get('id') as string);
}

/** Recounts the degrees of the actors of the given ties or meetings, after they were created, deleted or restored. */
export async function recountDegreesOfClaims(tx: ManagedTransaction, label: ClaimLabel, claimIds: string[]): Promise<void> {
  await recountDegrees(tx, await actorsOfClaims(tx, label, claimIds));
}
