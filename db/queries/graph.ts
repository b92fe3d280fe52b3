import 'server-only';
import { int } from 'neo4j-driver';
import type { GraphActor, GraphData, GraphMeeting, GraphTie } from '../../lib/graph';
import { relationFamily, type RelationType } from '../../lib/taxonomy';
import { readTransaction } from '../driver';

/**
 * The overview a first visit opens on: the best-connected actors (up to `limit`), the ties between them and the
 * meetings among them. On the demo data this is the whole graph; on a large one it stays a readable picture.
 */
export async function getOverviewGraph({ limit }: { limit: number }): Promise<GraphData> {
  return readTransaction(async (tx) => {
    const actorResult = await tx.run(
      `MATCH (a:Actor) WHERE a.deletedAt IS NULL
       WITH a, COUNT { (a)<-[:SUBJECT|OBJECT|PARTICIPANT]-(claim) WHERE claim.deletedAt IS NULL } AS degree
       ORDER BY degree DESC, a.name
       LIMIT $limit
       RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases`,
      { limit: int(limit) },
    );
    const actors: GraphActor[] = actorResult.records.map((record) => ({
      id: record.get('id'),
      name: record.get('name'),
      kind: record.get('kind'),
      aliases: record.get('aliases'),
    }));
    const ids = actors.map((actor) => actor.id);

    const tieResult = await tx.run(
      `MATCH (s:Actor)<-[:SUBJECT]-(r:Relation)-[:OBJECT]->(o:Actor)
       WHERE s.id IN $ids AND o.id IN $ids AND r.deletedAt IS NULL
       OPTIONAL MATCH (r)-[:CITES]->(source:Source)
       WITH r, s, o, count(source) AS citationCount, min(source.reliability) AS bestReliability
       RETURN r.id AS id, r.type AS type, s.id AS subjectId, o.id AS objectId, r.since AS since, r.until AS until,
              r.confidence AS confidence, citationCount, bestReliability
       ORDER BY id`,
      { ids },
    );
    const ties: GraphTie[] = tieResult.records.map((record) => {
      const type = record.get('type') as RelationType;
      return {
        id: record.get('id'),
        type,
        family: relationFamily(type),
        subjectId: record.get('subjectId'),
        objectId: record.get('objectId'),
        since: record.get('since') ?? null,
        until: record.get('until') ?? null,
        confidence: record.get('confidence'),
        citationCount: record.get('citationCount'),
        bestReliability: record.get('bestReliability') ?? null,
      };
    });

    const meetingResult = await tx.run(
      `MATCH (m:Meeting)-[:PARTICIPANT]->(a:Actor)
       WHERE a.id IN $ids AND m.deletedAt IS NULL
       WITH DISTINCT m
       CALL (m) {
         MATCH (m)-[p:PARTICIPANT]->(participant:Actor)
         WHERE participant.id IN $ids
         RETURN collect({actorId: participant.id, role: p.role}) AS participants
       }
       RETURN m.id AS id, m.title AS title, m.kind AS kind, m.date AS date, participants,
              COUNT { (m)-[:CITES]->(:Source) } AS citationCount
       ORDER BY m.date, m.id`,
      { ids },
    );
    const meetings: GraphMeeting[] = meetingResult.records.map((record) => ({
      id: record.get('id'),
      title: record.get('title'),
      kind: record.get('kind'),
      date: record.get('date') ?? null,
      participants: record.get('participants'),
      citationCount: record.get('citationCount'),
    }));
    return { actors, ties, meetings };
  });
}
