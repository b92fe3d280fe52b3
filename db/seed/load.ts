import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { actorSchema } from '../../lib/schemas/actor';
import { meetingSchema } from '../../lib/schemas/meeting';
import { relationSchema } from '../../lib/schemas/relation';
import { sourceSchema } from '../../lib/schemas/source';
import type { CitationRecord } from '../../lib/records';
import { recountDegrees } from '../commands/degrees';
import { CREATE_CITATIONS, citationRows, cypherLabel, writeRevisions, type Label } from '../commands/record-writes';
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

// Each record's node and links; its citations and its first revision are written as every other write path writes them.
const CREATE_SOURCES = `
UNWIND $records AS record
CREATE (s:Source)
SET s = record.properties, s.version = 1, s.createdAt = $at, s.updatedAt = $at`;

const CREATE_ACTORS = `
UNWIND $records AS record
CREATE (a:Actor)
SET a = record.properties, a.version = 1, a.createdAt = $at, a.updatedAt = $at`;

const CREATE_RELATIONS = `
UNWIND $records AS record
MATCH (subject:Actor {id: record.subjectId}), (object:Actor {id: record.objectId})
CREATE (r:Relation)
SET r = record.properties, r.version = 1, r.createdAt = $at, r.updatedAt = $at
CREATE (r)-[:SUBJECT]->(subject), (r)-[:OBJECT]->(object)
WITH r AS claim, record.citations AS citations
CALL (claim, citations) { ${CREATE_CITATIONS} }`;

const CREATE_MEETINGS = `
UNWIND $records AS record
CREATE (m:Meeting)
SET m = record.properties, m.version = 1, m.createdAt = $at, m.updatedAt = $at
WITH m, record
CALL (m, record) {
  UNWIND record.participants AS participant
  MATCH (actor:Actor {id: participant.actorId})
  CREATE (m)-[:PARTICIPANT {role: participant.role}]->(actor)
}
WITH m AS claim, record.citations AS citations
CALL (claim, citations) { ${CREATE_CITATIONS} }`;


/** Node properties of a record: links (subject, participants, citations) become relationships instead. */
function nodeProperties(record: Record<string, unknown>): Record<string, unknown> {
  const { subjectId: _subject, objectId: _object, participants: _participants, citations: _citations, ...properties } = record;
  return properties;
}

async function createMissing<T extends { id: string; citations?: CitationRecord[] }>(
  tx: ManagedTransaction,
  label: Label,
  records: T[],
  at: string,
  createQuery: string,
): Promise<number> {
  const existing = await tx.run<{ id: string }>(`MATCH (n:${cypherLabel(label)}) WHERE n.id IN $ids RETURN n.id AS id`, { ids: records.map((record) => record.id) });
  const existingIds = new Set(existing.records.map((record) => record.get('id')));
  const missing = records.filter((record) => !existingIds.has(record.id));
  if (missing.length === 0) return 0;
  await tx.run(createQuery, {
    records: missing.map((record) => ({ ...record, properties: nodeProperties(record), citations: citationRows(record.citations ?? []) })),
    at,
  });
  await writeRevisions(
    tx,
    label,
    missing.map((record) => ({ id: record.id, action: 'create', before: null, after: record })),
    { editor: SEED_EDITOR, editorId: null, at },
  );
  return missing.length;
}
