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

/** The same, in the order given (the ids that name no actor left out): for actors ranked otherwise, by PageRank or reach. */
export async function readDegreesInOrder(tx: ManagedTransaction, actorIds: string[]): Promise<RankedActor[]> {
  const degrees = new Map((await readDegrees(tx, actorIds)).map((actor) => [actor.id, actor]));
  return [...new Set(actorIds)].flatMap((id) => degrees.get(id) ?? []);
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
    const batch = await findJoiningTies(tx, ranked, low, high);
    const ties = batch.reduce((sum, claims) => sum + claims.ties.length, 0);
    // A hub whose ties alone pass the budget is left out whatever its meetings: they are not walked (a hub's
    // meetings cost most of the count). The first two actors are always shown, so theirs always are.
    const leftOutByTies = high - low === 1 && low >= 2 && counted + ties > budget;
    if (!leftOutByTies) await addJoiningMeetings(tx, ranked, low, high, batch);
    joining.push(...batch);
    counted += ties + batch.reduce((sum, claims) => sum + claims.meetings.length, 0);
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

/** The ranks and the lists a batch's queries take: the actors ranked before `high`, and each one's rank. */
function batchParameters(ranked: RankedActor[], low: number, high: number) {
  const prefix = ranked.slice(0, high).map((actor) => actor.id);
  const batch = ranked.slice(low, high);
  return { prefix, batch, rank: Object.fromEntries(prefix.map((id, index) => [id, int(index)])) };
}

/**
 * The ties that join the view with each actor ranked in [low, high): those between it and an actor ranked before it
 * (or itself). As `readClaimEndsAmong` finds them (db/queries/graph.ts), an actor with more ties than the actors
 * counted so far has its ties found by pair seeks in the `tie_ends` index, every other by a walk of its own.
 */
async function findJoiningTies(tx: ManagedTransaction, ranked: RankedActor[], low: number, high: number): Promise<JoiningClaims[]> {
  const { prefix, batch, rank } = batchParameters(ranked, low, high);
  const sought = batch.filter((actor) => actor.degree > high).map((actor) => actor.id);
  const walked = batch.filter((actor) => actor.degree <= high).map((actor) => actor.id);
  const result = await tx.run<{ joinsAt: number; ids: string[] }>(
    // A tie between two actors of the batch is counted from its subject: from its object only when the subject was
    // ranked earlier.
    `CALL () {
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
     RETURN joinsAt, collect(id) AS ids`,
    { sought, walked, prefix, earlier: prefix.slice(0, low), rank },
  );
  const joining = Array.from({ length: high - low }, (): JoiningClaims => ({ ties: [], meetings: [] }));
  for (const record of result.records) joining[record.get('joinsAt') - low]!.ties.push(...record.get('ids'));
  return joining;
}

/**
 * Adds to each actor ranked in [low, high) the meetings of which it is the second-best-ranked participant in view
 * (exactly one ranked before it). An actor outside the prefix has no rank, so no participant's rank is below it.
 */
async function addJoiningMeetings(tx: ManagedTransaction, ranked: RankedActor[], low: number, high: number, joining: JoiningClaims[]): Promise<void> {
  const { batch, rank } = batchParameters(ranked, low, high);
  const result = await tx.run<{ joinsAt: number; ids: string[] }>(
    `MATCH (a:Actor)<-[:PARTICIPANT]-(m:Meeting) WHERE a.id IN $batch AND m.deletedAt IS NULL
     WITH $rank[a.id] AS joinsAt, m
     WHERE COUNT { (m)-[:PARTICIPANT]->(p:Actor) WHERE $rank[p.id] < joinsAt } = 1
     RETURN joinsAt, collect(m.id) AS ids`,
    { batch: batch.map((actor) => actor.id), rank },
  );
  for (const record of result.records) joining[record.get('joinsAt') - low]!.meetings.push(...record.get('ids'));
}
