import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { firstFreeId } from '../../lib/slug';
import type { OwnFields } from '../commands/records';
import { CREATE_REVISION, cypherLabel, revisionRows, type Change, type Label } from '../commands/record-writes';

/**
 * The pieces every kind of bulk write shares: one transaction per chunk of rows, new ids, and the revisions of
 * what was created. A chunk's work decides and (unless on a dry run) writes, and answers its decisions; the
 * caller records them only once the transaction has committed, since the work may run again on a retry. Free of
 * `server-only` (the transactions are handed in), so that the demo seed, which tsx runs, loads through it too.
 */

export interface ChunkContext {
  tx: ManagedTransaction;
  dryRun: boolean;
  change: Change;
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
  return transactions[dryRun ? 'read' : 'write']((tx, change) => work({ tx, dryRun, change }));
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
}

/** On a dry run nothing is created, so nothing gets an id: records to be created are known by this instead. */
export const DRY_RUN_ID_PREFIX = 'dry-run:';

/**
 * New ids for records of one label, in one or two queries for the whole chunk: each request's preferred id when free, else
 * the first free `base`, `base-2`… (lib/slug's `firstFreeId`, as for a single record). Deleted records keep their
 * ids, so an id is never given twice.
 */
export async function allocateIds(
  { tx, dryRun }: ChunkContext,
  label: Label,
  requests: IdRequest[],
  reserved: readonly string[] = [],
): Promise<string[]> {
  if (dryRun) return requests.map((request, index) => `${DRY_RUN_ID_PREFIX}${request.preferred ?? request.base}#${index}`);
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
 * The first revision of a record a chunk creates, action `import`, as a row for `CREATE_IMPORT_REVISION`: the
 * record's own fields as the rest of the app records them (typed as `readStoredRecords` reads them, so that they
 * cannot drift apart), plus the import's own properties (the CAMEO code, the event key) so that the history says
 * where the record came from. Built here rather than read back, which took a query per chunk and label.
 */
export function importRevision<L extends Label>(ownFields: OwnFields<L>, extra: Record<string, unknown> = {}) {
  return revisionRows([{ id: ownFields.id, action: 'import', before: null, after: { ...ownFields, ...extra } }])[0]!;
}

/**
 * Ends a create query whose rows carry `revision` (an `importRevision`) and whose new record is `n`: its revision
 * is written in the same query. The query takes `revisionParameters` besides its own.
 */
export const CREATE_IMPORT_REVISION = `WITH n, row.revision AS entry
     ${CREATE_REVISION}`;

/** Citations of a claim in the order `readStoredRecords` lists them: by source, then quote. */
export function inStoredOrder<C extends { sourceId: string; quote: string }>(citations: C[]): C[] {
  return [...citations].sort((a, b) => compareText(a.sourceId, b.sourceId) || compareText(a.quote, b.quote));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A record's own properties for `SET n = $properties`: nulls left out, as Neo4j stores none. */
export function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}
