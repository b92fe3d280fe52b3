import {
  idKey,
  IMPORTED_VIEW_LIMIT,
  type ImportBatch,
  type ImportedActors,
  type ImportMeeting,
  type ImportTie,
  type ImportResult,
} from '../../lib/import/types';
import type { ClaimLabel } from '../commands/record-writes';
import { findActorIds, loadActorChunk } from './actors';
import { chunksOf, finishImport, runChunk, type ChunkContext, type ChunkTransactions } from './chunks';
import { claimIdentities, loadMeetingChunk, loadTieChunk } from './claims';
import { ImportPlan, applyDecisions, type ChunkDecisions } from './plan';
import { loadSourceChunk } from './sources';

/**
 * The bulk write path: loads what a parser read (lib/import) into Neo4j, for the import API and for generators
 * of large test graphs alike.
 *
 *   const report = await loadBatch(batch, { principal, dryRun: false, onProgress: ({ done, total }) => … });
 *
 * (`loadBatch`, in ./load, checks the principal's role and runs on the app's driver; `runBatch`, here, free of
 * `server-only`, takes the transactions it runs in, which is how the demo seed loads its batch under tsx.)
 *
 * - Sources, then actors, then ties, then meetings, in chunks of `chunkSize` records (10,000 by default), each chunk
 *   a few UNWIND queries in one managed write transaction: no query per row. A file stopped half-way (a crash, a
 *   lost connection) keeps the chunks written; importing it again completes it.
 * - Idempotent: records are matched by the id the file gives, by the key of the event they come from (stored as
 *   `importKey`, indexed), actors by folded name or alias, sources by URL; a second import of a file creates
 *   nothing. What is created names its import: an `:Import` node signed with the writer's name and id, shown as
 *   each record's first revision (./chunks `recordImport`).
 * - `dryRun: true` runs the same decisions in read transactions and writes nothing: its counts, skipped rows and
 *   errors are exactly what the real run would give (unless the database changes in between).
 */

export interface LoadProgress {
  /** Records decided so far, of `total` (sources, actors, ties and meetings of the batch). */
  done: number;
  total: number;
}

export interface BatchOptions {
  dryRun: boolean;
  chunkSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** What `POST /api/import` answers, but the format and row count the parser knows: the loader's part of it. */
export type LoadReport = Omit<ImportResult, 'format' | 'rows' | 'notes'>;

/** Big enough that a chunk's few queries carry thousands of rows each (a streamed file's chunk of lines is one), small enough for a 1 GB Neo4j heap. */
export const DEFAULT_CHUNK_SIZE = 10_000;

export async function runBatch(
  batch: ImportBatch,
  transactions: ChunkTransactions,
  { dryRun, chunkSize = DEFAULT_CHUNK_SIZE, onProgress }: BatchOptions,
): Promise<LoadReport> {
  const plan = new ImportPlan();
  const total = batch.sources.length + batch.actors.length + batch.ties.length + batch.meetings.length;
  let done = 0;
  onProgress?.({ done, total });
  await settled(plan, transactions, dryRun, () =>
    loadIntoPlan(batch, plan, transactions, { dryRun, chunkSize }, (records) => {
      done += records;
      onProgress?.({ done, total });
    }),
  );
  return reportOf(plan, dryRun, batch);
}

/**
 * Runs a load into the plan, waits for its last commit and finishes the import (./chunks `finishImport`). A failed
 * commit fails the load with its own error, though the chunk after it may have stopped first, on its account; the
 * chunks committed before it are finished still.
 */
export async function settled(plan: ImportPlan, transactions: ChunkTransactions, dryRun: boolean, load: () => Promise<void>): Promise<void> {
  try {
    await load();
    await plan.committing?.committed;
  } catch (error) {
    if (!dryRun) {
      // A chunk may still be committing (the next one failed first): what it wrote is counted too.
      await plan.committing?.committed.catch(() => undefined);
      await finishImport(plan, transactions).catch(() => undefined);
    }
    throw plan.failure ?? error;
  }
  if (!dryRun) await finishImport(plan, transactions);
}

/** Thrown inside a chunk's transaction when the chunk before it failed to commit: never retried, never reported. */
class EarlierChunkFailed extends Error {}

/**
 * Loads one batch into a plan that may have loaded others before it (the chunks of a streamed file): what the
 * plan knows (actors and sources by key) is matched without a query. `onChunk` hears how many records each
 * chunk decided.
 */
export async function loadIntoPlan(
  batch: ImportBatch,
  plan: ImportPlan,
  transactions: ChunkTransactions,
  { dryRun, chunkSize = DEFAULT_CHUNK_SIZE }: Omit<BatchOptions, 'onProgress'>,
  onChunk: (records: number) => void = () => undefined,
): Promise<void> {
  const run = async <T>(items: T[], load: (context: ChunkContext, plan: ImportPlan, chunk: T[]) => Promise<ChunkDecisions>) => {
    for (const chunk of chunksOf(items, chunkSize)) {
      applyDecisions(plan, await runChunk(dryRun, transactions, (context) => load(context, plan, chunk)));
      onChunk(chunk.length);
    }
  };
  const runClaims = async <C extends ImportTie | ImportMeeting>(
    label: ClaimLabel,
    claims: C[],
    load: (context: ChunkContext, plan: ImportPlan, chunk: C[]) => Promise<ChunkDecisions>,
  ) => {
    for (const chunk of chunksOf(claims, chunkSize)) {
      await runClaimChunk(plan, dryRun, transactions, claimIdentities(label, chunk), (context) => load(context, plan, chunk));
      onChunk(chunk.length);
    }
  };
  await run(batch.sources, loadSourceChunk);
  await run(batch.actors, loadActorChunk);
  await resolveActorsNamedOnlyById(batch, plan, dryRun, transactions);
  await runClaims('Tie', batch.ties, loadTieChunk);
  await runClaims('Meeting', batch.meetings, loadMeetingChunk);
}

/**
 * A chunk of claims, committed while the next chunk works. Most of a claim chunk's time is its commit (the
 * database writing what the queries made), which used one core while the other idled: the next chunk's queries
 * now run meanwhile. Resolves once the chunk has decided; its commit is `plan.committing`, and its decisions are
 * applied to the plan when it has committed. Order is kept: a chunk's work starts once the chunk before has
 * decided (so the two never take the same locks in opposite order), it commits only after that chunk has, and a
 * chunk bringing codings to a claim of any chunk not yet committed (the one before, or the one before that: a
 * part's meetings commit while the next part's ties are decided) waits for it first, so as to find that claim
 * written; a claim without codings is matched to the id that chunk decided (`ImportPlan.uncommittedId`). Claims
 * committed are then forgotten by the plan (the database finds them by key), unless on a dry run.
 */
async function runClaimChunk(
  plan: ImportPlan,
  dryRun: boolean,
  transactions: ChunkTransactions,
  identities: { all: string[]; withCodings: string[] },
  work: (context: ChunkContext) => Promise<ChunkDecisions>,
): Promise<void> {
  const previous = plan.committing;
  const naming = [...plan.uncommitted].filter((chunk) => identities.withCodings.some((identity) => chunk.identities.has(identity)));
  await Promise.all(naming.map((chunk) => chunk.committed));
  let decide!: () => void;
  const decided = new Promise<void>((resolve) => (decide = resolve));
  const ids = new Map<string, string>();
  const committed = runChunk(dryRun, transactions, async (context) => {
    const decisions = await work(context);
    for (const [identity, id] of decisions.ids) ids.set(identity, id);
    decide();
    if (previous) await previous.committed.catch(() => Promise.reject(new EarlierChunkFailed()));
    return decisions;
  }).then((decisions) => {
    applyDecisions(plan, decisions);
    if (!dryRun) for (const identity of identities.all) plan.claims.delete(identity);
  });
  committed.catch((error: unknown) => {
    if (!(error instanceof EarlierChunkFailed)) plan.failure ??= error;
  });
  const chunk = { identities: new Set(identities.all), ids, committed };
  plan.committing = chunk;
  plan.uncommitted.add(chunk);
  const settle = () => plan.uncommitted.delete(chunk);
  committed.then(settle, settle);
  await Promise.race([decided, committed]);
}

/** The answer of a load: what the plan decided, with the rows the parser left out (`parsed`) before its own. */
export function reportOf(plan: ImportPlan, dryRun: boolean, parsed: Pick<ImportBatch, 'skipped' | 'errors'>): LoadReport {
  return {
    dryRun,
    created: plan.created,
    matched: plan.matched,
    merged: plan.merged,
    actorMatches: plan.actorMatches.sort(byLine),
    imported: dryRun ? { ids: [], total: 0 } : importedActors(plan),
    skipped: [...parsed.skipped, ...plan.skipped].sort(byLine),
    errors: [...parsed.errors, ...plan.errors].sort(byLine),
  };
}

const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;

/** Every actor the file's keys stand for, created or matched, in the order the file names them. */
function importedActors(plan: ImportPlan): ImportedActors {
  const ids = [...new Set(plan.actors.values())];
  return { ids: ids.slice(0, IMPORTED_VIEW_LIMIT), total: ids.length };
}

/**
 * Claims of a Parley file may name actors by id that the file does not list (a ties table uploaded without the
 * actors table): those that exist are linked to as they are. Sources named only by id need no such step, since
 * the export always lists the sources its citations name.
 */
async function resolveActorsNamedOnlyById(batch: ImportBatch, plan: ImportPlan, dryRun: boolean, transactions: ChunkTransactions): Promise<void> {
  const named = [
    ...batch.ties.flatMap((tie) => [tie.subjectKey, tie.objectKey]),
    ...batch.meetings.flatMap((meeting) => meeting.participants.map((participant) => participant.actorKey)),
  ];
  const ids = [...new Set(named.filter((key) => key.startsWith('id:') && !plan.actors.has(key)).map((key) => key.slice(3)))];
  if (ids.length === 0) return;
  const found = await runChunk(dryRun, transactions, (context) => findActorIds(context, ids));
  for (const id of found.keys()) plan.actors.set(idKey(id), id);
}
