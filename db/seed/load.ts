import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { actorSchema } from '../../lib/schemas/actor';
import { meetingSchema } from '../../lib/schemas/meeting';
import { relationSchema } from '../../lib/schemas/relation';
import { sourceSchema } from '../../lib/schemas/source';
import { recountDegrees } from '../commands/degrees';
import { DEMO_ACTORS, DEMO_MEETINGS, DEMO_RELATIONS, DEMO_SOURCE } from './demo';

const SEED_EDITOR = 'demo-seed';

// Imports may bring claims with no quote yet; the demo data is the article's own, and every claim in it quotes it.
const quoted = { message: 'At least one citation: every demo claim quotes the article', path: ['citations'] };
const demoDataSchema = z.object({
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  relations: z.array(relationSchema.refine((tie) => tie.citations.length > 0, quoted)),
  meetings: z.array(meetingSchema.refine((meeting) => meeting.citations.length > 0, quoted)),
});
export type DemoData = z.infer<typeof demoDataSchema>;

export const DEMO_DATA: DemoData = {
  sources: [DEMO_SOURCE],
  actors: DEMO_ACTORS,
  relations: DEMO_RELATIONS,
  meetings: DEMO_MEETINGS,
};

export interface SeedReport {
  created: { sources: number; actors: number; relations: number; meetings: number };
}

/**
 * Loads the demo data in one transaction. Records that already exist are left as they are, so a second run
 * creates nothing and never overwrites what an analyst has since edited or deleted. Each record created gets
 * its first revision.
 */
export async function loadDemoData(driver: Driver, database?: string, data: DemoData = DEMO_DATA): Promise<SeedReport> {
  const valid = demoDataSchema.parse(data);
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      const at = new Date().toISOString();
      const sources = await createMissing(tx, 'Source', valid.sources, at, CREATE_SOURCES);
      const actors = await createMissing(tx, 'Actor', valid.actors, at, CREATE_ACTORS);
      const relations = await createMissing(tx, 'Relation', valid.relations, at, CREATE_RELATIONS);
      const meetings = await createMissing(tx, 'Meeting', valid.meetings, at, CREATE_MEETINGS);
      await recountDegrees(tx, valid.actors.map((actor) => actor.id));
      return { created: { sources, actors, relations, meetings } };
    });
  } finally {
    await session.close();
  }
}

const CREATE_SOURCES = `
UNWIND $records AS record
CREATE (s:Source)
SET s = record.properties, s.version = 1, s.createdAt = $at, s.updatedAt = $at
CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, action: 'create', entityType: 'Source', entityId: record.id, before: null, after: record.snapshot})-[:OF]->(s)`;

const CREATE_ACTORS = `
UNWIND $records AS record
CREATE (a:Actor)
SET a = record.properties, a.version = 1, a.createdAt = $at, a.updatedAt = $at
CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, action: 'create', entityType: 'Actor', entityId: record.id, before: null, after: record.snapshot})-[:OF]->(a)`;

const CREATE_RELATIONS = `
UNWIND $records AS record
MATCH (subject:Actor {id: record.subjectId}), (object:Actor {id: record.objectId})
CREATE (r:Relation)
SET r = record.properties, r.version = 1, r.createdAt = $at, r.updatedAt = $at
CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, action: 'create', entityType: 'Relation', entityId: record.id, before: null, after: record.snapshot})-[:OF]->(r)
CREATE (r)-[:SUBJECT]->(subject), (r)-[:OBJECT]->(object)
WITH r, record
UNWIND record.citations AS citation
MATCH (source:Source {id: citation.sourceId})
CREATE (r)-[:CITES {quote: citation.quote, credibility: toInteger(citation.credibility)}]->(source)`;

const CREATE_MEETINGS = `
UNWIND $records AS record
CREATE (m:Meeting)
SET m = record.properties, m.version = 1, m.createdAt = $at, m.updatedAt = $at
CREATE (:Revision {id: randomUUID(), at: $at, editor: $editor, action: 'create', entityType: 'Meeting', entityId: record.id, before: null, after: record.snapshot})-[:OF]->(m)
WITH m, record
CALL (m, record) {
  UNWIND record.participants AS participant
  MATCH (actor:Actor {id: participant.actorId})
  CREATE (m)-[:PARTICIPANT {role: participant.role}]->(actor)
}
UNWIND record.citations AS citation
MATCH (source:Source {id: citation.sourceId})
CREATE (m)-[:CITES {quote: citation.quote, credibility: toInteger(citation.credibility)}]->(source)`;

type Label = 'Source' | 'Actor' | 'Relation' | 'Meeting';

const FIND_EXISTING: Record<Label, string> = {
  Source: 'MATCH (n:Source) WHERE n.id IN $ids RETURN n.id AS id',
  Actor: 'MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id',
  Relation: 'MATCH (n:Relation) WHERE n.id IN $ids RETURN n.id AS id',
  Meeting: 'MATCH (n:Meeting) WHERE n.id IN $ids RETURN n.id AS id',
};

/** Node properties of a record: links (subject, participants, citations) become relationships instead. */
function nodeProperties(record: Record<string, unknown>): Record<string, unknown> {
  const { subjectId: _subject, objectId: _object, participants: _participants, citations: _citations, ...properties } = record;
  return properties;
}

async function createMissing<T extends { id: string }>(
  tx: ManagedTransaction,
  label: Label,
  records: T[],
  at: string,
  createQuery: string,
): Promise<number> {
  const existing = await tx.run(FIND_EXISTING[label], { ids: records.map((record) => record.id) });
  const existingIds = new Set(existing.records.map((record) => record.get('id') as string));
  const missing = records
    .filter((record) => !existingIds.has(record.id))
    .map((record) => ({
      ...record,
      properties: nodeProperties(record),
      snapshot: JSON.stringify(record),
    }));
  if (missing.length === 0) return 0;
  await tx.run(createQuery, { records: missing, at, editor: SEED_EDITOR });
  return missing.length;
}
