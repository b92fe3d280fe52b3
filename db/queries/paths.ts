import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { MEETING_CONNECTION, type ConnectionKind, type PathResult, type PathStep } from '../../lib/graph';
import { TIE_TYPE_NAMES } from '../../lib/taxonomy';
import { configured } from '../../lib/auth/limits';
import { searchPaths, type FoundPath } from '../../lib/path-search';
import type { Reliability } from '../../lib/schemas/common';
import { readTransaction } from '../driver';
import { requireActor } from './actors';
import { readCitations, readMeetings, readTies } from './claims';
import { readGraphActors } from './graph';
import { readStepsFrom } from './steps';

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
 * How many steps a path search may examine in all (lib/path-search.ts): `PARLEY_PATH_BUDGET`, default 12,000. On
 * the medium bench set (2 busy cores, warm cache) the bench's 40 pairs took p95 2.0–6.2 s at 40,000, 0.9–1.1 s at
 * 15,000, 0.73–0.92 s at 12,000 and 0.75–0.8 s at 10,000, with 4, 16, 17 and 18 of them partial. The best-connected
 * actors are expanded last, so the work stays within it whatever the graph's size; a faster server may be given more.
 */
export const pathSearchBudget = () => configured('PARLEY_PATH_BUDGET', 12_000);

/**
 * "How is the US connected to Hamas?": the shortest paths between two actors, each step a tie or a shared
 * meeting (or, `tiesOnly`, a tie) with the citations that back it, then longer ones up to `limit`. Paths never
 * pass the same actor or claim twice. The search examines at most `budget` steps, the best-connected actors'
 * last; when that was not enough, `partial` says up to how many steps the answer is complete.
 */
export async function findPaths(request: PathRequest, { budget = pathSearchBudget() }: { budget?: number } = {}): Promise<PathResult> {
  const { from, to } = request;
  return readTransaction(async (tx) => {
    const ends = [await requireActor(tx, from), await requireActor(tx, to)] as const;
    if (from === to) return { from, to, paths: [], actors: [], partial: null };
    const filters = { kinds: stepKinds(request), minReliability: request.minReliability };
    const found = await searchPaths({
      from: { id: from, degree: ends[0] },
      to: { id: to, degree: ends[1] },
      maxHops: request.maxHops,
      limit: request.limit,
      budget,
      expand: async (actorIds, rows) => {
        const { steps, more } = await readStepsFrom(tx, actorIds, rows, filters);
        return { steps: steps.map(({ kind, ...step }) => ({ ...step, via: kind === MEETING_CONNECTION ? 'meeting' : 'tie' })), more };
      },
    });
    const partial = found.completeUpTo === null ? null : { completeUpTo: found.completeUpTo };
    return { ...(await describePaths(tx, request, found.paths)), partial };
  });
}

/** The paths found with their claims and citations read in full, and the actors on them. */
async function describePaths(tx: ManagedTransaction, { from, to }: PathRequest, found: FoundPath[]): Promise<Omit<PathResult, 'partial'>> {
  const claimIds = (via: 'tie' | 'meeting') => [
    ...new Set(found.flatMap((path) => path.claims.filter((claim) => claim.via === via).map((claim) => claim.id))),
  ];
  const ties = new Map((await readTies(tx, claimIds('tie'))).map((tie) => [tie.id, tie]));
  // A tie of a type Parley does not know is left out of every view (./claims), so no path is drawn through it.
  const shown = found.filter(({ claims }) => claims.every(({ id, via }) => via !== 'tie' || ties.has(id)));
  const meetings = new Map((await readMeetings(tx, claimIds('meeting'))).map((meeting) => [meeting.id, meeting]));
  const citations = await readCitations(tx, [...ties.keys(), ...meetings.keys()]);
  const actors = await readGraphActors(tx, [...new Set(shown.flatMap((path) => path.actorIds))]);

  const paths = shown.map(({ claims, actorIds }) => ({
    steps: claims.map(({ id, via }, index): PathStep => {
      const ends = { from: actorIds[index]!, to: actorIds[index + 1]!, citations: citations.get(id) ?? [] };
      return via === 'tie' ? { ...ends, via, tie: ties.get(id)! } : { ...ends, via, meeting: meetings.get(id)! };
    }),
  }));
  return { from, to, paths, actors };
}
