import type { ManagedTransaction } from 'neo4j-driver';
import { firstFreeId } from '../../lib/slug';
import { readStoredRecords } from '../commands/records';
import { cypherLabel, writeRevisions, type Change, type Label } from '../commands/record-writes';

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
 * New ids for records of one label, in one query for the whole chunk: each request's preferred id when free, else
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
  const result = await tx.run<{ id: string }>(
    `UNWIND $bases AS base
     MATCH (n:${cypherLabel(label)}) WHERE n.id = base OR n.id STARTS WITH base + '-'
     RETURN n.id AS id
     UNION
     UNWIND $preferred AS wanted
     MATCH (n:${cypherLabel(label)} {id: wanted})
     RETURN n.id AS id`,
    {
      bases: [...new Set(requests.map((request) => request.base))],
      preferred: requests.flatMap((request) => (request.preferred ? [request.preferred] : [])),
    },
  );
  const taken = new Set<string>([...reserved, ...result.records.map((record) => record.get('id'))]);
  return requests.map((request) => {
    const id = request.preferred && !taken.has(request.preferred) ? request.preferred : firstFreeId(request.base, taken);
    taken.add(id);
    return id;
  });
}

/**
 * The first revision of each record a chunk created, action `import`: the record's own fields as the rest of the
 * app records them, plus the import's own properties (the CAMEO code, the event key) so that the history says
 * where the record came from.
 */
export async function recordImports(
  { tx, change }: ChunkContext,
  label: Label,
  created: { id: string; extra?: Record<string, unknown> }[],
): Promise<void> {
  if (created.length === 0) return;
  const stored = await readStoredRecords(tx, label, created.map((record) => record.id));
  const entries = created.flatMap(({ id, extra }) => {
    const record = stored.get(id);
    return record ? [{ id, action: 'import' as const, before: null, after: { ...record.ownFields, ...extra } }] : [];
  });
  await writeRevisions(tx, label, entries, change);
}

/** A record's own properties for `SET n = $properties`: nulls left out, as Neo4j stores none. */
export function withoutNulls(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null && value !== undefined));
}
