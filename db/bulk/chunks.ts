import { createHash } from 'node:crypto';
import { int, Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { firstFreeId } from '../../lib/slug';
import { cypherLabel, type Change, type Label } from '../commands/record-writes';
import { addLinks } from '../commands/degrees';
import { UniqueConstraintViolation } from '../errors';
import type { ImportPlan } from './plan';

/**
 * The pieces every kind of bulk write shares: one transaction per chunk of rows, new ids, and the import that
 * signs what was created. A chunk's work decides and (unless on a dry run) writes, and answers its decisions; the
 * caller records them only once the transaction has committed, since the work may run again on a retry. Free of
 * `server-only` (the transactions are handed in), so that the demo seed, which tsx runs, loads through it too.
 */

export interface ChunkContext {
  tx: ManagedTransaction;
  dryRun: boolean;
  change: Change;
  /** Every new id is looked up, event keys or not: the chunk's second run, after an id it chose was taken. */
  lookUpIds?: boolean;
}

/**
 * How a load reaches the database, each transaction signed with the writer's name and its time: a real run's
 * chunks in managed write transactions, a dry run's in read transactions, so that it can look but never write.
 */
export interface ChunkTransactions {
  read<T>(work: (tx: ManagedTransaction, change: Change) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction, change: Change) => Promise<T>): Promise<T>;
}

/**
 * Transactions on a driver the caller gives (setup's, a script's, a test's), outside Next and its role checks,
 * signed with `editor` (no account id).
 */
export function driverTransactions(driver: Driver, database: string | undefined, editor: string): ChunkTransactions {
  const change = () => ({ editor, editorId: null, at: new Date().toISOString() });
  const inSession = async <T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: mode });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };
  return {
    read: (work) => inSession('READ', (session) => session.executeRead((tx) => work(tx, change()))),
    write: (work) => inSession('WRITE', (session) => session.executeWrite((tx) => work(tx, change()))),
  };
}

/** Runs one chunk's work in the transaction its kind of run takes. */
export async function runChunk<T>(dryRun: boolean, transactions: ChunkTransactions, work: (context: ChunkContext) => Promise<T>): Promise<T> {
  const run = (lookUpIds: boolean) => transactions[dryRun ? 'read' : 'write']((tx, change) => work({ tx, dryRun, change, lookUpIds }));
  try {
    return await run(false);
  } catch (error) {
    // An id made from an event key was taken (a record made by hand under it): all over again, each id looked up.
    if (!isIdTaken(error)) throw error;
    return run(true);
  }
}

export function chunksOf<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

export interface IdRequest {
  /** The id the file gives, kept when it is free. */
  preferred: string | null;
  /** The slug a new id is made from otherwise: `base`, `base-2`… */
  base: string;
  /**
   * The key of the event the record comes from, when it has one: its id is then `base-<hash of the key>`, which
   * no other event gives, so that no query has to find a free one (and one file imported into two databases
   * gives the same ids). The ids' uniqueness constraint still has the last word (see `runChunk`).
   */
  eventKey?: string | null;
}

/** The suffix an event's key gives its record's id: eight hex digits of its hash. */
export function eventIdSuffix(eventKey: string): string {
  return createHash('sha256').update(eventKey).digest('hex').slice(0, 8);
}

/**
 * Neo4j's answer when a created record's id was taken after all (as the driver gives it, or as the app's write
 * path translates it): the chunk is then run again with ids looked up.
 */
function isIdTaken(error: unknown): boolean {
  return error instanceof UniqueConstraintViolation || (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed');
}

/** On a dry run nothing is created, so nothing gets an id: records to be created are known by this instead. */
export const DRY_RUN_ID_PREFIX = 'dry-run:';

/**
 * New ids for records of one label, in one or two queries for the whole chunk: each request's preferred id when free, else
 * the first free `base`, `base-2`… (lib/slug's `firstFreeId`, as for a single record). Deleted records keep their
 * ids, so an id is never given twice.
 */
export async function allocateIds(
  { tx, dryRun, lookUpIds }: ChunkContext,
  label: Label,
  requests: IdRequest[],
  reserved: readonly string[] = [],
): Promise<string[]> {
  if (dryRun) return requests.map((request, index) => `${DRY_RUN_ID_PREFIX}${request.preferred ?? request.base}#${index}`);
  if (!lookUpIds && requests.every((request) => !request.preferred && request.eventKey)) {
    return requests.map(({ base, eventKey }) => `${base}-${eventIdSuffix(eventKey!)}`);
  }
  const bases = requests.map((request) => request.base);
  const preferred = requests.flatMap((request) => (request.preferred ? [request.preferred] : []));
  // Most bases are free: one exact seek each tells which are taken. Only a base that is taken, reserved, or asked for
  // twice in the chunk (as a base or a preferred id) may need a numbered id (`base-2`…): those alone are looked up by
  // prefix, a range seek per base and the slow part.
  const exact = await takenIds(tx, label, [...new Set([...bases, ...preferred])]);
  const asked = new Map<string, number>();
  for (const id of [...bases, ...preferred, ...reserved]) asked.set(id, (asked.get(id) ?? 0) + 1);
  const crowded = [...new Set(bases.filter((base) => exact.has(base) || asked.get(base)! > 1))];
  const taken = new Set<string>([...reserved, ...exact, ...(await numberedIds(tx, label, crowded))]);
  return requests.map((request) => {
    const id = request.preferred && !taken.has(request.preferred) ? request.preferred : firstFreeId(request.base, taken);
    taken.add(id);
    return id;
  });
}

/** The ids `base-…` of records of the label, for each base. */
async function numberedIds(tx: ManagedTransaction, label: Label, bases: string[]): Promise<string[]> {
  if (bases.length === 0) return [];
  const result = await tx.run<{ id: string }>(
    // The prefix alone is what the id index seeks on (`n.id = base OR …` alone made the planner scan every id).
    `UNWIND $bases AS base MATCH (n:${cypherLabel(label)}) WHERE n.id STARTS WITH base + '-' RETURN n.id AS id`,
    { bases },
  );
  return result.records.map((record) => record.get('id'));
}

/** Which of these ids a record of the label has (deleted ones included: an id is never given twice). */
async function takenIds(tx: ManagedTransaction, label: Label, ids: string[]): Promise<Set<string>> {
  const result = await tx.run<{ id: string }>(`UNWIND $ids AS wanted MATCH (n:${cypherLabel(label)} {id: wanted}) RETURN n.id AS id`, { ids });
  return new Set(result.records.map((record) => record.get('id')));
}

/**
 * The import that creates a chunk's records, recorded once for them all rather than as a revision each: one
 * change, by one person, at one time. Each record it creates names it (`importId`); a record's history shows it
 * as the record's first revision (db/commands/revisions). Written by the first chunk that creates something and
 * left alone by the later ones, which would otherwise each wait for the chunk before to commit its lock on it;
 * `finishImport` says at the end how many records it created.
 */
export async function recordImport({ tx, change }: ChunkContext, plan: ImportPlan): Promise<void> {
  if (plan.importRecorded) return;
  await tx.run(
    `MERGE (i:Import {id: $importId})
     ON CREATE SET i.at = $at, i.editor = $editor, i.editorId = $editorId`,
    { importId: plan.importId, at: change.at, editor: change.editor, editorId: change.editorId },
  );
}

/**
 * What an import's committed chunks leave to its end, in one transaction: its record's `records` (how many records
 * they created) and the links their claims add to actors' degrees. Raised by each chunk, a hub's degree made every
 * chunk wait for the one before to commit its lock on the hub. A load that fails is finished too (./batch
 * `settled`), so that what its committed chunks wrote is counted.
 */
export async function finishImport(plan: ImportPlan, transactions: ChunkTransactions): Promise<void> {
  if (!plan.importRecorded) return;
  const records = Object.values(plan.created).reduce((sum, count) => sum + count, 0);
  await transactions.write(async (tx) => {
    await tx.run('MATCH (i:Import {id: $importId}) SET i.records = $records', { importId: plan.importId, records: int(records) });
    await addLinks(tx, plan.addedLinks);
  });
}

/** What an import keeps on a record besides its own fields: where it came from (sources keep only the key). */
export const IMPORT_PROVENANCE = ['importKey', 'eventIds', 'cameoCode', 'cameoLabel', 'ploverMode', 'ploverContext'] as const;

/**
 * A created record's properties in a `CREATE (n:Label {…})` map, each read from `row.properties` (see
 * `propertyRow`): named in the query, unlike `SET n = row.properties`, so that the planner sees which properties
 * are written and needs no eager pass over the chunk's rows before creating. The names are the loader's own, never
 * a file's. Nulls in the row store nothing, as Neo4j stores no null. Every record also gets its version, times and
 * import.
 */
export function createdProperties(names: readonly string[]): string {
  const own = names.map((name, index) => `${name}: row.properties[${index}]`);
  return [...own, 'version: 1', 'createdAt: $at', 'updatedAt: $at', 'importId: $importId'].join(', ');
}

/**
 * A record's properties as `createdProperties` reads them: a list in the order of the names. A map would carry
 * every name again in every row, which made encoding the parameters a large part of the loader's own time.
 */
export function propertyRow<Name extends string>(names: readonly Name[], values: Record<Name, unknown>): unknown[] {
  return names.map((name) => values[name] ?? null);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
