import type { ManagedTransaction } from 'neo4j-driver';
import { AppError, type FieldIssue } from '../../lib/errors';
import { cypherLabel, type Label } from './record-writes';
import type { ActorRecord, MeetingRecord, RecordKind, RecordMeta, TieRecord, SourceRecord } from '../../lib/records';

/**
 * What every write shares: the four kinds of record, read whole (own fields, links as ids, version), locked
 * before a check, and looked up when a request names them. Labels come from the fixed list (./record-writes) and are the
 * only thing ever put into Cypher text; everything from a request is a parameter. Free of `server-only`, like
 * ./record-writes, since the bulk loader reads what it created through it when the demo seed runs under tsx.
 */

export { LABELS, cypherLabel, type ClaimLabel, type Label } from './record-writes';

export const KIND_OF_LABEL: Record<Label, RecordKind> = { Actor: 'actor', Tie: 'tie', Meeting: 'meeting', Source: 'source' };
export const LABEL_OF_KIND: Record<RecordKind, Label> = { actor: 'Actor', tie: 'Tie', meeting: 'Meeting', source: 'Source' };

interface RecordByLabel {
  Actor: ActorRecord;
  Tie: TieRecord;
  Meeting: MeetingRecord;
  Source: SourceRecord;
}
export type RecordOf<L extends Label> = RecordByLabel[L];
/** A record's own fields, links included: what a revision keeps as `before` and `after`. */
export type OwnFields<L extends Label> = Omit<RecordOf<L>, keyof RecordMeta>;

export interface StoredRecord<L extends Label> {
  record: RecordOf<L>;
  ownFields: OwnFields<L>;
  deletedAt: string | null;
  deletionId: string | null;
}

// Each kind's own fields as a map; properties never set read as null, links as ids in a stable order.
const OWN_FIELDS: Record<Label, string> = {
  Actor: `n {.id, .name, .kind, aliases: coalesce(n.aliases, []), description: coalesce(n.description, ''), .country, .wikidataId}`,
  Source: 'n {.id, .title, .url, .publisher, .publishedAt, .language, .section, .reliability}',
  Tie: `n {.id, .type,
     subjectId: COLLECT { MATCH (n)-[:SUBJECT]->(a:Actor) RETURN a.id }[0],
     objectId: COLLECT { MATCH (n)-[:OBJECT]->(a:Actor) RETURN a.id }[0],
     .since, .until, .confidence, summary: coalesce(n.summary, ''),
     citations: COLLECT { MATCH (n)-[c:CITES]->(s:Source)
                          RETURN {sourceId: s.id, quote: c.quote, credibility: c.credibility} ORDER BY s.id, c.quote }}`,
  Meeting: `n {.id, .title, .kind, .date, .location, summary: coalesce(n.summary, ''),
     participants: COLLECT { MATCH (n)-[p:PARTICIPANT]->(a:Actor) RETURN {actorId: a.id, role: p.role} ORDER BY a.id },
     citations: COLLECT { MATCH (n)-[c:CITES]->(s:Source)
                          RETURN {sourceId: s.id, quote: c.quote, credibility: c.credibility} ORDER BY s.id, c.quote }}`,
};

/** Records by id, deleted ones included (their state says so); ids that name nothing are absent from the map. */
export async function readStoredRecords<L extends Label>(
  tx: ManagedTransaction,
  label: L,
  ids: string[],
): Promise<Map<string, StoredRecord<L>>> {
  const result = await tx.run<{ ownFields: OwnFields<L>; deletedAt: string | null; deletionId: string | null } & RecordMeta>(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     RETURN ${OWN_FIELDS[label]} AS ownFields, coalesce(n.version, 1) AS version,
            coalesce(n.createdAt, '') AS createdAt, coalesce(n.updatedAt, '') AS updatedAt,
            n.deletedAt AS deletedAt, n.deletionId AS deletionId`,
    { ids },
  );
  return new Map(
    result.records.map((row) => {
      const { ownFields, version, createdAt, updatedAt, deletedAt, deletionId } = row.toObject();
      const meta: RecordMeta = { version, createdAt, updatedAt };
      // A record is its own fields with its meta, which TypeScript cannot see through the generic label.
      const stored: StoredRecord<L> = { record: { ...ownFields, ...meta } as RecordOf<L>, ownFields, deletedAt, deletionId };
      return [ownFields.id, stored];
    }),
  );
}

export async function readStoredRecord<L extends Label>(tx: ManagedTransaction, label: L, id: string): Promise<StoredRecord<L> | null> {
  return (await readStoredRecords(tx, label, [id])).get(id) ?? null;
}

/** The record as the API answers it, not deleted; 404 otherwise. */
export async function readLiveRecord<L extends Label>(tx: ManagedTransaction, label: L, id: string): Promise<RecordOf<L>> {
  const stored = await readStoredRecord(tx, label, id);
  if (!stored || stored.deletedAt) throw notFound(label, id);
  return stored.record;
}

export function notFound(label: Label, id: string): AppError {
  return new AppError('not_found', `No ${KIND_OF_LABEL[label]} with id "${id}".`);
}

/**
 * Takes the write lock on these nodes until the transaction ends. A check made after it (a version, a tombstone,
 * a count of ties) cannot be invalidated by a concurrent write: that write waits, or we waited for it. Answers
 * the ids of those that are not deleted, as read once locked: the check most callers make next.
 */
export async function lockNodes(tx: ManagedTransaction, label: Label, ids: string[]): Promise<Set<string>> {
  const result = await tx.run<{ id: string }>(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     SET n._lock = true
     REMOVE n._lock
     WITH n WHERE n.deletedAt IS NULL
     RETURN n.id AS id`,
    // Always in the same order, so that two writers locking the same nodes do not deadlock.
    { ids: [...new Set(ids)].sort() },
  );
  return new Set(result.records.map((record) => record.get('id')));
}

/** A request field that names a record which must exist and not be deleted: `subjectId`, `citations.0.source.id`. */
export interface Reference {
  field: string;
  label: 'Actor' | 'Source';
  id: string;
}

/** Locks the records a write links to and answers 400, naming every field, when one is missing or deleted. */
export async function requireReferences(tx: ManagedTransaction, references: Reference[]): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const label of ['Actor', 'Source'] as const) {
    const wanted = references.filter((reference) => reference.label === label);
    if (wanted.length === 0) continue;
    const live = await lockNodes(tx, label, wanted.map((reference) => reference.id));
    for (const reference of wanted) {
      if (!live.has(reference.id)) issues.push({ field: reference.field, message: notFound(label, reference.id).message });
    }
  }
  if (issues.length > 0) throw new AppError('bad_request', 'Some fields name records that do not exist.', issues);
}
