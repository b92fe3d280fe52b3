import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../lib/errors';
import type { IdempotencyRequest } from '../../lib/write-api';
import { firstFreeId } from '../../lib/slug';
import type { Authorized } from '../accounts/authorize';
import { requireRole } from '../accounts/authorize';
import type { Principal } from '../../lib/auth/roles';
import { writeTransaction, type WriteDeadline } from '../driver';
import { askForPageRankRefresh } from '../measures/refresh';
import { UniqueConstraintViolation } from '../errors';
import { claimKey, saveKeyResponse, sweepExpiredKeysNowAndThen } from './idempotency';
import {
  cypherLabel,
  lockNodes,
  notFound,
  readStoredRecord,
  type Label,
  type RecordOf,
  type OwnFields,
  type StoredRecord,
} from './records';
import { writeRevisions, type Change } from './record-writes';
import { bumpVersions } from './revisions';

/** The steps every create and change goes through, whatever the kind of record. */

export interface WriteContext extends Change {
  tx: ManagedTransaction;
}

export interface WriteOptions {
  /** Who writes, already checked with `requireRole` by the command. */
  writer: Authorized;
  idempotency?: IdempotencyRequest | null;
  /** The parsed request, so that a key reused for another request is told apart from a retry. */
  input?: unknown;
  /** How long the transaction may take before its request answers 503 (an import's chunk is given longer). */
  within?: WriteDeadline;
  /** False for the chunks of an import, which asks for the graph's measures once, at its end. */
  refreshMeasures?: boolean;
}

// New ids and idempotency keys are claimed with MERGE, which waits for a concurrent twin instead of failing; a
// write that still meets a uniqueness constraint (another unique key written at the same moment) is run again,
// and then sees the winner's record.
const ATTEMPTS = 5;

/** Runs `work` in one write transaction; with an idempotency key, at most once per key. */
export async function runWrite<T>(options: WriteOptions, work: (context: WriteContext) => Promise<T>): Promise<{ body: T; replayed: boolean }> {
  // Beside the write rather than before it, so that a Neo4j that does not answer costs one deadline, not two.
  const sweeping = options.idempotency ? sweepExpiredKeysNowAndThen() : null;
  try {
    return await runWriteAttempts(options, work);
  } finally {
    await sweeping;
  }
}

async function runWriteAttempts<T>(options: WriteOptions, work: (context: WriteContext) => Promise<T>): Promise<{ body: T; replayed: boolean }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const written = await writeTransaction(async (tx) => {
        const context: WriteContext = { tx, editor: options.writer.name, editorId: options.writer.id, at: new Date().toISOString() };
        const idempotency = options.idempotency;
        if (!idempotency) return { body: await work(context), replayed: false };
        const claim = await claimKey<T>(tx, idempotency, options.writer.id, options.input ?? null, context.at);
        if (claim.replay !== null) return { body: claim.replay, replayed: true };
        const body = await work(context);
        await saveKeyResponse(tx, idempotency, options.writer.id, body);
        return { body, replayed: false };
      }, options.within);
      // Any write may have changed the graph's ties: its PageRank follows, at most once per interval.
      if (!written.replayed && options.refreshMeasures !== false) askForPageRankRefresh();
      return written;
    } catch (error) {
      if (error instanceof UniqueConstraintViolation && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

/** Runs `work` in one write transaction, for writes that no key makes idempotent (PATCH, DELETE). */
export async function runChange<T>(writer: Authorized, work: (context: WriteContext) => Promise<T>): Promise<T> {
  return (await runWrite({ writer }, work)).body;
}

/**
 * Creates the node of a new record, at version 1 with `properties`, under a never used id from `base`: `base`,
 * else `base-2`, `base-3`… Deleted records keep their ids, so an id is never given twice; `reserved` are ids a
 * route would shadow (`/api/actors/similar`). MERGE on the unique id waits for a concurrent create of the same id
 * to commit and then matches it; that id is then taken, and the next one is tried in the same transaction, so
 * that creates of one name at once all succeed instead of failing on a clash their users did not cause. Most
 * bases are free: the ids already made from one are read only once the base itself turns out to be taken.
 */
async function createWithNewId(
  { tx, at }: WriteContext,
  label: Label,
  { base, reserved = [], properties }: NewRecord,
): Promise<string> {
  const taken = new Set(reserved);
  let takenRead = false;
  const claim = randomUUID();
  for (;;) {
    const id = firstFreeId(base, taken);
    const merged = await tx.run<{ created: boolean }>(
      `MERGE (n:${cypherLabel(label)} {id: $id})
       ON CREATE SET n = $properties, n.id = $id, n.version = 1, n.createdAt = $at, n.updatedAt = $at, n._claim = $claim
       WITH n, coalesce(n._claim = $claim, false) AS created
       FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | REMOVE n._claim)
       RETURN created`,
      { id, claim, properties, at },
    );
    if (merged.records[0]?.get('created') === true) return id;
    taken.add(id);
    if (!takenRead) {
      takenRead = true;
      const result = await tx.run<{ id: string }>(
        `MATCH (n:${cypherLabel(label)}) WHERE n.id = $base OR n.id STARTS WITH $prefix RETURN n.id AS id`,
        { base, prefix: `${base}-` },
      );
      for (const record of result.records) taken.add(record.get('id'));
    }
  }
}

export interface NewRecord {
  /** The slug the id is made from. */
  base: string;
  reserved?: readonly string[];
  /** Its own properties; links are written by `link`. */
  properties: Record<string, unknown>;
}

/** Creates a record at version 1 with its links, and its first revision. */
export async function createRecord<L extends Label>(
  context: WriteContext,
  label: L,
  record: NewRecord,
  link?: (id: string) => Promise<void>,
): Promise<RecordOf<L>> {
  const { tx } = context;
  const id = await createWithNewId(context, label, record);
  await link?.(id);
  const created = (await readStoredRecord(tx, label, id))!;
  await writeRevisions(tx, label, [{ id, action: 'create', before: null, after: created.ownFields }], context);
  return created.record;
}

export function conflictMessage(version: number): string {
  return `This record was changed since you opened it (now version ${version}). Reload it to see the changes, then apply yours again.`;
}

/**
 * Locks a record that is about to change and answers its state: 404 when it is missing or deleted, and 409 with
 * the current record when `version` (the one the analyst opened) is not the stored one. Checked under the lock,
 * so of two saves made on the same version exactly one wins.
 */
export async function lockForChange<L extends Label>(
  { tx }: WriteContext,
  label: L,
  id: string,
  version: number | null,
): Promise<StoredRecord<L>> {
  await lockNodes(tx, label, [id]);
  const stored = await readStoredRecord(tx, label, id);
  if (!stored || stored.deletedAt) throw notFound(label, id);
  if (version !== null && stored.record.version !== version) {
    throw new AppError('conflict', conflictMessage(stored.record.version), [], { current: stored.record });
  }
  return stored;
}

/**
 * Changes a record: checks its version, applies `apply` (which writes the new values), then records the new
 * version and an `update` revision. Changes that leave every field as it was write nothing.
 */
export async function changeRecord<L extends Label>(
  context: WriteContext,
  label: L,
  { id, version, changes }: { id: string; version: number | null; changes: Partial<OwnFields<L>> | null },
  apply: (before: StoredRecord<L>) => Promise<void>,
): Promise<RecordOf<L>> {
  const before = await lockForChange(context, label, id, version);
  if (changes && changesNothing(before.ownFields, changes)) return before.record;
  await apply(before);
  await bumpVersions(context.tx, label, [id], context);
  const after = (await readStoredRecord(context.tx, label, id))!;
  await writeRevisions(context.tx, label, [{ id, action: 'update', before: before.ownFields, after: after.ownFields }], context);
  return after.record;
}

/** Changes a record's own properties (an actor's or a source's): fields not sent are left as they are. */
export async function updateProperties<L extends Label>({
  label,
  id,
  version,
  changes,
  principal,
}: {
  label: L;
  id: string;
  version: number;
  changes: Partial<OwnFields<L>>;
  principal: Principal | null;
}) {
  return runChange(requireRole(principal, 'editor'), (context) =>
    changeRecord(context, label, { id, version, changes }, () => setProperties(context.tx, label, id, changes)),
  );
}

/** Sets a record's own properties; null removes one, as Neo4j stores no nulls. */
export async function setProperties(tx: ManagedTransaction, label: Label, id: string, properties: Record<string, unknown>): Promise<void> {
  await tx.run(`MATCH (n:${cypherLabel(label)} {id: $id}) SET n += $properties`, { id, properties });
}

function changesNothing(ownFields: object, changes: object): boolean {
  const current = ownFields as Record<string, unknown>;
  return Object.entries(changes).every(([field, value]) => sameValue(current[field] ?? null, value ?? null));
}

/** Lists of links (participants) compare as sets; everything else as JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) =>
    Array.isArray(value) && value.some((item) => typeof item === 'object')
      ? JSON.stringify(value.map((item) => JSON.stringify(item)).sort())
      : JSON.stringify(value);
  return canonical(a) === canonical(b);
}
