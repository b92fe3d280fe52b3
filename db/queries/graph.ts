import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import type { GraphActor, GraphData, OverviewGraph, ViewGraph } from '../../lib/graph';
import { readTransaction } from '../driver';
import { fitOverview, OVERVIEW_ELEMENT_BUDGET, OVERVIEW_MIN_ACTORS, type ClaimEnds } from '../../lib/overview';
import { readMeetings, readTies } from './claims';

/**
 * The overview a first visit opens on: the best-connected actors (up to `limit`), the ties between them and the
 * meetings among them, cut to a picture one can read (lib/overview.ts). On the demo data this is the whole graph.
 */
export async function getOverviewGraph({ limit }: { limit: number }): Promise<OverviewGraph> {
  return readTransaction(async (tx) => {
    const result = await tx.run(
      // Read in the order of the degree index (db/commands/degrees.ts), rather than counting every actor's claims.
      `MATCH (a:Actor) WHERE a.degree >= 0 AND a.deletedAt IS NULL
       ORDER BY a.degree DESC, a.name
       LIMIT $limit
       RETURN a.id AS id`,
      { limit: int(limit) },
    );
    const ranked = result.records.map((record) => record.get('id') as string);
    const candidates = await readClaimEndsAmong(tx, ranked);
    const choice = fitOverview(ranked, candidates.ties, candidates.meetings, OVERVIEW_ELEMENT_BUDGET, OVERVIEW_MIN_ACTORS);
    // Kept in degree order, so that a limited overview lists the best-connected first.
    const byId = new Map((await readGraphActors(tx, choice.actorIds)).map((actor) => [actor.id, actor]));
    return {
      actors: choice.actorIds.flatMap((id) => byId.get(id) ?? []),
      ties: await readTies(tx, choice.tieIds),
      meetings: await readMeetings(tx, choice.meetingIds, choice.actorIds),
      omitted: choice.omitted,
    };
  });
}

/**
 * A view an analyst chose (and may share by link): the actors asked for, the ties among them and the meetings at
 * least two of them attended. Ids that name no actor, or a deleted one, come back in `missing` instead.
 */
export async function getViewGraph({ actorIds }: { actorIds: string[] }): Promise<ViewGraph> {
  return readTransaction(async (tx) => {
    const actors = await readGraphActors(tx, actorIds);
    const found = new Set(actors.map((actor) => actor.id));
    const missing = [...new Set(actorIds)].filter((id) => !found.has(id));
    return { actors, ...(await readClaimsAmong(tx, [...found])), missing };
  });
}

/** Actors by id, by name; unknown and deleted ids are left out. */
export async function readGraphActors(tx: ManagedTransaction, actorIds: string[]): Promise<GraphActor[]> {
  const result = await tx.run(
    `MATCH (a:Actor) WHERE a.id IN $actorIds AND a.deletedAt IS NULL
     RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
     ORDER BY name, id`,
    { actorIds },
  );
  return result.records.map((record) => ({
    id: record.get('id'),
    name: record.get('name'),
    kind: record.get('kind'),
    aliases: record.get('aliases'),
  }));
}

/**
 * What the graph draws between a set of (existing) actors: the ties whose two ends are both in it, and the
 * meetings that at least two of them attended, listing only those participants. A meeting with one participant
 * in view would be a dangling shape with nothing to connect.
 */
async function readClaimsAmong(tx: ManagedTransaction, actorIds: string[]): Promise<Omit<GraphData, 'actors'>> {
  const { ties, meetings } = await readClaimEndsAmong(tx, actorIds);
  return {
    ties: await readTies(tx, ties.map((tie) => tie.id)),
    meetings: await readMeetings(tx, meetings.map((meeting) => meeting.id), actorIds),
  };
}

/** The ties and meetings `readClaimsAmong` draws, by id and the actors of the set they link, not yet read in full. */
async function readClaimEndsAmong(tx: ManagedTransaction, actorIds: string[]): Promise<{ ties: ClaimEnds[]; meetings: ClaimEnds[] }> {
  const result = await tx.run(
    `RETURN
       COLLECT { MATCH (s:Actor)<-[:SUBJECT]-(r:Relation)-[:OBJECT]->(o:Actor)
                 WHERE s.id IN $actorIds AND o.id IN $actorIds AND r.deletedAt IS NULL
                 RETURN DISTINCT {id: r.id, actorIds: [s.id, o.id]} } AS ties,
       COLLECT { MATCH (m:Meeting)-[:PARTICIPANT]->(a:Actor)
                 WHERE a.id IN $actorIds AND m.deletedAt IS NULL
                 WITH m, collect(DISTINCT a.id) AS present WHERE size(present) >= 2
                 RETURN {id: m.id, actorIds: present} } AS meetings`,
    { actorIds },
  );
  const record = result.records[0];
  return { ties: record?.get('ties') ?? [], meetings: record?.get('meetings') ?? [] };
}
