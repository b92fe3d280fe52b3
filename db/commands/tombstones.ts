import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { requireRole } from '../accounts/authorize';
import type { RecordCounts } from '../../lib/records';
import {
  KIND_OF_LABEL,
  LABELS,
  cypherLabel,
  lockNodes,
  notFound,
  readStoredRecords,
  type Label,
  type StoredRecord,
} from './records';
import { recountDegreesOfClaims } from './degrees';
import { rejoinMeetings } from './participations';
import { writeRevisions } from './record-writes';
import { bumpVersions } from './revisions';
import type { IdempotencyRequest } from '../../lib/write-api';
import { lockForChange, runChange, runWrite, type WriteContext } from './write';

/**
 * Deleting is a tombstone: `deletedAt`, `deletedBy` and a `deletionId` shared by everything one request deleted
 * (an actor and its ties, say), so that restoring any of them brings all of them back. Reads leave tombstoned
 * records out; their revisions stay.
 */

export interface RecordGroup {
  label: Label;
  ids: string[];
}

const NO_RECORDS: RecordCounts = { actors: 0, ties: 0, meetings: 0, sources: 0 };
const COUNT_KEY: Record<Label, keyof RecordCounts> = { Actor: 'actors', Tie: 'ties', Meeting: 'meetings', Source: 'sources' };

function countGroups(groups: RecordGroup[]): RecordCounts {
  const counts = { ...NO_RECORDS };
  for (const group of groups) counts[COUNT_KEY[group.label]] += group.ids.length;
  return counts;
}

/**
 * Deletes a record opened at `version`, and what `alsoDelete` says must go with it (it may refuse with a 409
 * instead, when deleting would leave claims dangling and the analyst did not ask for them to go, and it may
 * change other records as part of the deletion `deletionId`, for the restore to undo).
 */
export async function deleteRecord<L extends Label>(
  { label, id, version, principal }: { label: L; id: string; version: number; principal: Principal | null },
  alsoDelete: (context: WriteContext, stored: StoredRecord<L>, deletionId: string) => Promise<RecordGroup[]> = async () => [],
): Promise<RecordCounts> {
  return runChange(requireRole(principal, 'editor'), async (context) => {
    const stored = await lockForChange(context, label, id, version);
    const deletionId = randomUUID();
    const groups = [{ label, ids: [id] }, ...(await alsoDelete(context, stored, deletionId))].filter((group) => group.ids.length > 0);
    for (const group of groups) await tombstoneGroup(context, group, deletionId);
    return countGroups(groups);
  });
}

async function tombstoneGroup(context: WriteContext, { label, ids }: RecordGroup, deletionId: string): Promise<void> {
  const { tx, editor, editorId, at } = context;
  await lockNodes(tx, label, ids);
  const before = await readStoredRecords(tx, label, ids);
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${cypherLabel(label)} {id: id})
     SET n.deletedAt = $at, n.deletedBy = $editor, n.deletedById = $editorId, n.deletionId = $deletionId`,
    { ids, at, editor, editorId, deletionId },
  );
  if (label === 'Tie' || label === 'Meeting') await recountDegreesOfClaims(tx, label, ids);
  await bumpVersions(tx, label, ids, context);
  const entries = [...before.values()].map((stored) => ({ id: stored.ownFields.id, action: 'delete' as const, before: stored.ownFields, after: null }));
  await writeRevisions(tx, label, entries, context);
}

/**
 * Restores a deleted record and everything deleted with it; admins only. Refused (409) when it is not deleted, or when a tie
 * or meeting would come back pointing at an actor deleted separately, or with no source left to cite.
 */
export async function restoreRecord({
  label,
  id,
  principal,
  idempotency,
}: {
  label: Label;
  id: string;
  principal: Principal | null;
  idempotency: IdempotencyRequest | null;
}): Promise<{ body: RecordCounts; replayed: boolean }> {
  const writer = requireRole(principal, 'admin');
  return runWrite({ writer, idempotency, input: { label, id } }, (context) => restoreTogether(context, label, id));
}

async function restoreTogether(context: WriteContext, label: Label, id: string): Promise<RecordCounts> {
  const { tx } = context;
  await lockNodes(tx, label, [id]);
  const stored = (await readStoredRecords(tx, label, [id])).get(id);
  if (!stored) throw notFound(label, id);
  if (!stored.deletedAt || !stored.deletionId) {
    throw new AppError('conflict', `This ${KIND_OF_LABEL[label]} is not deleted, so there is nothing to restore.`);
  }
  const groups = await deletedTogether(context, stored.deletionId);
  await refuseDanglingClaims(context, groups);
  for (const group of groups) {
    await lockNodes(tx, group.label, group.ids);
    await tx.run(
      `UNWIND $ids AS id
       MATCH (n:${cypherLabel(group.label)} {id: id})
       REMOVE n.deletedAt, n.deletedBy, n.deletedById, n.deletionId`,
      { ids: group.ids },
    );
    if (group.label === 'Tie' || group.label === 'Meeting') await recountDegreesOfClaims(tx, group.label, group.ids);
    await bumpVersions(tx, group.label, group.ids, context);
    const restored = await readStoredRecords(tx, group.label, group.ids);
    const entries = [...restored.values()].map((record) => ({ id: record.ownFields.id, action: 'restore' as const, before: null, after: record.ownFields }));
    await writeRevisions(tx, group.label, entries, context);
  }
  await rejoinMeetings(context, stored.deletionId);
  return countGroups(groups);
}

async function deletedTogether({ tx }: WriteContext, deletionId: string): Promise<RecordGroup[]> {
  const groups: RecordGroup[] = [];
  for (const label of LABELS) {
    const result = await tx.run<{ id: string }>(`MATCH (n:${cypherLabel(label)} {deletionId: $deletionId}) RETURN n.id AS id ORDER BY id`, { deletionId });
    groups.push({ label, ids: result.records.map((record) => record.get('id')) });
  }
  return groups.filter((group) => group.ids.length > 0);
}

async function refuseDanglingClaims({ tx }: WriteContext, groups: RecordGroup[]): Promise<void> {
  const restoring = (label: Label) => groups.find((group) => group.label === label)?.ids ?? [];
  const problems: string[] = [];
  for (const label of ['Tie', 'Meeting'] as const) {
    const result = await tx.run<{ id: string; deletedActors: string[]; cited: boolean }>(
      `UNWIND $ids AS id
       MATCH (claim:${cypherLabel(label)} {id: id})
       RETURN id,
              COLLECT { MATCH (claim)-[:SUBJECT|OBJECT|PARTICIPANT]->(a:Actor)
                        WHERE a.deletedAt IS NOT NULL AND NOT a.id IN $actorIds RETURN a.id } AS deletedActors,
              EXISTS { MATCH (claim)-[:CITES]->(s:Source) WHERE s.deletedAt IS NULL OR s.id IN $sourceIds } AS cited`,
      { ids: restoring(label), actorIds: restoring('Actor'), sourceIds: restoring('Source') },
    );
    for (const { id, deletedActors, cited } of result.records.map((record) => record.toObject())) {
      const noun = KIND_OF_LABEL[label];
      for (const actorId of deletedActors) {
        problems.push(`${noun} "${id}" links to the deleted actor "${actorId}": restore that actor first`);
      }
      if (!cited) problems.push(`every source ${noun} "${id}" cites is deleted: restore one first`);
    }
  }
  if (problems.length > 0) {
    throw new AppError('conflict', `Restoring this would bring back claims that are not whole: ${problems.join('; ')}.`);
  }
}
