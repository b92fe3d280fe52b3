import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { prefixWithinBudget, type ViewCut } from '../../lib/view-budget';

export interface RankedActor {
  id: string;
  degree: number;
}

/** The actors' stored live degrees (db/commands/degrees.ts), best-connected first, then by id. */
export async function readDegrees(tx: ManagedTransaction, actorIds: string[]): Promise<RankedActor[]> {
  const result = await tx.run<RankedActor>(
    'MATCH (a:Actor) WHERE a.id IN $actorIds RETURN a.id AS id, coalesce(a.degree, 0) AS degree ORDER BY degree DESC, id',
    { actorIds },
  );
  return result.records.map((record) => record.toObject());
}

/**
 * Which of the ranked actors (best first) one view reads: all of them while their claims fit the budget, else the
 * longest prefix that fits, and what that leaves out. The claims are found by id, not read, and only as far as
 * the budget: in rank order, a batch of actors at a time, each counting the claims that join with its actors, until the
 * count passes it. So a view of hubs costs about the budget, not its hundred thousand claims; and a view whose degrees
 * add up to no more than twice the budget (each claim among its actors counts at two of them at least) is not
 * counted at all.
 */
export async function actorsWithinBudget(
  tx: ManagedTransaction,
  ranked: RankedActor[],
  budget: number,
): Promise<WithinBudget> {
  const all = ranked.map((actor) => actor.id);
  if (ranked.reduce((sum, actor) => sum + actor.degree, 0) <= 2 * budget) return { actorIds: all, cut: null, claimIds: null };
  // No claim joins with the first actor alone.
  const joining: JoiningClaims[] = [{ ties: [], meetings: [] }];
  let counted = 0;
  for (let low = 1; low < ranked.length && counted <= budget; ) {
    // A hub is counted alone, so that the count stops as soon as one passes the budget; lesser actors together.
    let high = low + 1;
    let links = ranked[low]!.degree;
    while (high < ranked.length && links + ranked[high]!.degree <= 2 * budget) links += ranked[high++]!.degree;
    const batch = await findJoining(tx, ranked, low, high);
    joining.push(...batch);
    counted += batch.reduce((sum, claims) => sum + claims.ties.length + claims.meetings.length, 0);
    low = high;
  }
  const { size, claims } = prefixWithinBudget(
    joining.map((claims) => claims.ties.length + claims.meetings.length),
    budget,
  );
  const shown = joining.slice(0, size);
  const claimIds = { ties: shown.flatMap((claims) => claims.ties), meetings: shown.flatMap((claims) => claims.meetings) };
  if (size === ranked.length) return { actorIds: all, cut: null, claimIds };
  return { actorIds: all.slice(0, size), cut: { actorIds: all.slice(size), claimsShown: claims, claimsAtLeast: counted, budget }, claimIds };
}

/** The claims that join a view with one actor: those between it and the actors ranked before it. */
interface JoiningClaims {
  ties: string[];
  meetings: string[];
}

export interface WithinBudget {
  /** The actors the view shows, best-connected first. */
  actorIds: string[];
  cut: (Omit<ViewCut, 'actors'> & { actorIds: string[] }) | null;
  /** The ties and meetings among them, when they were found on the way (null when the view was not counted). */
  claimIds: JoiningClaims | null;
}

/**
 * The claims that join the view with each actor ranked in [low, high): the ties between it and an actor ranked
 * before it (or itself), and the meetings of which it is the second-best-ranked participant in view (exactly one
 * ranked before it). As `readClaimEndsAmong` finds them (db/queries/graph.ts), an actor with more ties than the
 * actors counted so far has its ties found by pair seeks in the `tie_ends` index, every other by a walk of its own.
 */
async function findJoining(tx: ManagedTransaction, ranked: RankedActor[], low: number, high: number): Promise<JoiningClaims[]> {
  const prefix = ranked.slice(0, high).map((actor) => actor.id);
  const batch = ranked.slice(low, high);
  const rank = Object.fromEntries(prefix.map((id, index) => [id, int(index)]));
  const sought = batch.filter((actor) => actor.degree > high).map((actor) => actor.id);
  const walked = batch.filter((actor) => actor.degree <= high).map((actor) => actor.id);
  const result = await tx.run<{ ties: { joinsAt: number; ids: string[] }[]; meetings: { joinsAt: number; ids: string[] }[] }>(
    // A tie between two actors of the batch is counted from its subject: from its object only when the subject was
    // ranked earlier. An actor outside the prefix has no rank, so no participant's rank is below it.
    `RETURN
       COLLECT {
         CALL () {
           MATCH (r:Tie) WHERE r.subjectId IN $sought AND r.objectId IN $prefix AND r.deletedAt IS NULL
           RETURN r.id AS id, r.subjectId AS s, r.objectId AS o
           UNION ALL
           MATCH (a:Actor)<-[:SUBJECT]-(r:Tie) WHERE a.id IN $walked AND r.objectId IN $prefix AND r.deletedAt IS NULL
           RETURN r.id AS id, r.subjectId AS s, r.objectId AS o
           UNION ALL
           MATCH (r:Tie) WHERE r.objectId IN $sought AND r.subjectId IN $earlier AND r.deletedAt IS NULL
           RETURN r.id AS id, r.subjectId AS s, r.objectId AS o
           UNION ALL
           MATCH (a:Actor)<-[:OBJECT]-(r:Tie) WHERE a.id IN $walked AND r.subjectId IN $earlier AND r.deletedAt IS NULL
           RETURN r.id AS id, r.subjectId AS s, r.objectId AS o
         }
         WITH id, CASE WHEN $rank[s] > $rank[o] THEN $rank[s] ELSE $rank[o] END AS joinsAt
         WITH joinsAt, collect(id) AS ids
         RETURN {joinsAt: joinsAt, ids: ids}
       } AS ties,
       COLLECT {
         MATCH (a:Actor)<-[:PARTICIPANT]-(m:Meeting) WHERE a.id IN $batch AND m.deletedAt IS NULL
         WITH $rank[a.id] AS joinsAt, m
         WHERE COUNT { (m)-[:PARTICIPANT]->(p:Actor) WHERE $rank[p.id] < joinsAt } = 1
         WITH joinsAt, collect(m.id) AS ids
         RETURN {joinsAt: joinsAt, ids: ids}
       } AS meetings`,
    { sought, walked, prefix, earlier: prefix.slice(0, low), batch: batch.map((actor) => actor.id), rank },
  );
  const joining = Array.from({ length: high - low }, (): JoiningClaims => ({ ties: [], meetings: [] }));
  const record = result.records[0];
  for (const { joinsAt, ids } of record?.get('ties') ?? []) joining[joinsAt - low]!.ties.push(...ids);
  for (const { joinsAt, ids } of record?.get('meetings') ?? []) joining[joinsAt - low]!.meetings.push(...ids);
  return joining;
}
