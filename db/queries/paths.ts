import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { MEETING_CONNECTION, type ConnectionKind, type PathResult, type PathStep } from '../../lib/graph';
import { TIE_TYPE_NAMES } from '../../lib/taxonomy';
import type { Reliability } from '../../lib/schemas/common';
import { readTransaction, readWithin } from '../driver';
import { requireActor } from './actors';
import { readCitations, readMeetings, readTies } from './claims';
import { readGraphActors } from './graph';
import { STEP } from './steps';

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  limit: number;
  /** Kinds of step allowed; null for all. */
  connections: ConnectionKind[] | null;
  /** Only steps citing at least one source graded this well or better (A best); null for any. */
  minReliability: Reliability | null;
  /** Meetings left out: every step is a tie. */
  tiesOnly: boolean;
}

/** The kinds of step a search follows (null for all): those asked for, less meetings when only ties count. */
function stepKinds({ connections, tiesOnly }: Pick<PathRequest, 'connections' | 'tiesOnly'>): ConnectionKind[] | null {
  if (!tiesOnly) return connections;
  return (connections ?? TIE_TYPE_NAMES).filter((kind) => kind !== MEETING_CONNECTION);
}

/**
 * How long the search for the `limit` shortest paths may take. Through hubs, once the shortest paths are fewer
 * than asked for, the next length runs through thousands of hub ties: up to tens of seconds on the medium bench
 * set for pairs whose shortest paths alone take a second or two. Past it, the shortest paths alone are listed.
 */
const ALTERNATIVES_BUDGET_MS = 2_500;

/**
 * The path search, for each way of choosing paths: the 10 shortest (SHORTEST takes neither a parameter for k nor
 * for the bounds in Neo4j 5.26: both are fixed at the largest the API allows, and the predicates inside the
 * pattern narrow the search before paths are selected), or all of the shortest length only, which stops there.
 */
const pathSearch = (selector: 'SHORTEST 10' | 'ALL SHORTEST') =>
  `MATCH (start:Actor {id: $from}), (goal:Actor {id: $to})
   MATCH p = ${selector} (
     (start) ${STEP}{1,6} (goal)
     WHERE size(claim) <= $maxHops
       AND NOT start IN next AND all(i IN range(0, size(next) - 2) WHERE NOT next[i] IN next[i + 1..])
       AND all(i IN range(0, size(claim) - 2) WHERE NOT claim[i] IN claim[i + 1..])
   )
   WITH [step IN claim | {id: step.id, via: CASE WHEN step:Meeting THEN 'meeting' ELSE 'tie' END}] AS claims,
        [start.id] + [actor IN next | actor.id] AS actorIds
   ORDER BY size(claims), [step IN claims | step.id]
   LIMIT $limit
   RETURN claims, actorIds`;
const SHORTEST_AND_ALTERNATIVES = pathSearch('SHORTEST 10');
const SHORTEST_ONLY = pathSearch('ALL SHORTEST');

/**
 * "How is the US connected to Hamas?": the shortest paths between two actors, each step a tie or a shared
 * meeting (or, `tiesOnly`, a tie) with the citations that back it. Paths never pass the same actor or claim twice;
 * when alternatives beyond the shortest length would take too long to find, only the shortest are listed.
 */
export async function findPaths(request: PathRequest): Promise<PathResult> {
  const { from, to } = request;
  const search = (query: string) => async (tx: ManagedTransaction) => {
    await requireActor(tx, from);
    await requireActor(tx, to);
    return from === to ? { from, to, paths: [], actors: [] } : describePaths(tx, request, query);
  };
  const full = await readWithin(ALTERNATIVES_BUDGET_MS, search(SHORTEST_AND_ALTERNATIVES));
  if (full) return { ...full, onlyShortest: false };
  return { ...(await readTransaction(search(SHORTEST_ONLY))), onlyShortest: true };
}

async function describePaths(tx: ManagedTransaction, request: PathRequest, query: string): Promise<Omit<PathResult, 'onlyShortest'>> {
  const { from, to } = request;
  const result = await tx.run<{ claims: { id: string; via: 'tie' | 'meeting' }[]; actorIds: string[] }>(query, {
    from,
    to,
    maxHops: int(request.maxHops),
    limit: int(request.limit),
    kinds: stepKinds(request),
    minReliability: request.minReliability,
  });
  const found = result.records.map((record) => record.toObject());
  const claimIds = (via: 'tie' | 'meeting') => [
    ...new Set(found.flatMap((path) => path.claims.filter((claim) => claim.via === via).map((claim) => claim.id))),
  ];
  const ties = new Map((await readTies(tx, claimIds('tie'))).map((tie) => [tie.id, tie]));
  const meetings = new Map((await readMeetings(tx, claimIds('meeting'))).map((meeting) => [meeting.id, meeting]));
  const citations = await readCitations(tx, [...ties.keys(), ...meetings.keys()]);
  const actors = await readGraphActors(tx, [...new Set(found.flatMap((path) => path.actorIds))]);

  const paths = found.map(({ claims, actorIds }) => ({
    steps: claims.map(({ id, via }, index): PathStep => {
      const ends = { from: actorIds[index]!, to: actorIds[index + 1]!, citations: citations.get(id) ?? [] };
      return via === 'tie' ? { ...ends, via, tie: ties.get(id)! } : { ...ends, via, meeting: meetings.get(id)! };
    }),
  }));
  return { from, to, paths, actors };
}
