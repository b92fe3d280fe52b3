import 'server-only';
import { int } from 'neo4j-driver';
import type { ConnectionKind, PathResult, PathStep } from '../../lib/graph';
import type { Reliability } from '../../lib/schemas/common';
import { readTransaction } from '../driver';
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
}

/**
 * "How is the US connected to Hamas?": the shortest paths between two actors, each step a tie or a shared
 * meeting with the citations that back it. Paths never pass the same actor or claim twice.
 */
export async function findPaths(request: PathRequest): Promise<PathResult> {
  const { from, to } = request;
  return readTransaction(async (tx) => {
    await requireActor(tx, from);
    await requireActor(tx, to);
    if (from === to) return { from, to, paths: [], actors: [] };
    const result = await tx.run(
      // SHORTEST takes neither a parameter for k nor for the bounds in Neo4j 5.26: both are fixed at the largest
      // the API allows, and the predicates inside the pattern narrow the search before paths are selected.
      `MATCH (start:Actor {id: $from}), (goal:Actor {id: $to})
       MATCH p = SHORTEST 10 (
         (start) ${STEP}{1,6} (goal)
         WHERE size(claim) <= $maxHops
           AND NOT start IN next AND all(i IN range(0, size(next) - 2) WHERE NOT next[i] IN next[i + 1..])
           AND all(i IN range(0, size(claim) - 2) WHERE NOT claim[i] IN claim[i + 1..])
       )
       WITH [step IN claim | {id: step.id, via: CASE WHEN step:Meeting THEN 'meeting' ELSE 'tie' END}] AS claims,
            [start.id] + [actor IN next | actor.id] AS actorIds
       ORDER BY size(claims), [step IN claims | step.id]
       LIMIT $limit
       RETURN claims, actorIds`,
      {
        from,
        to,
        maxHops: int(request.maxHops),
        limit: int(request.limit),
        kinds: request.connections,
        minReliability: request.minReliability,
      },
    );
    const found = result.records.map((record) => ({
      claims: record.get('claims') as { id: string; via: 'tie' | 'meeting' }[],
      actorIds: record.get('actorIds') as string[],
    }));
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
  });
}
