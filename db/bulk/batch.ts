import {
  idKey,
  IMPORTED_VIEW_LIMIT,
  type ImportBatch,
  type ImportedActors,
  type ImportResult,
} from '../../lib/import/types';
import { findActorIds, loadActorChunk } from './actors';
import { chunksOf, runChunk, type ChunkContext, type ChunkTransactions } from './chunks';
import { loadMeetingChunk, loadTieChunk } from './claims';
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
 * - Sources, then actors, then ties, then meetings, in chunks of `chunkSize` records (500 by default), each chunk
 *   a few UNWIND queries in one managed write transaction: no query per row. A file stopped half-way (a crash, a
 *   lost connection) keeps the chunks written; importing it again completes it.
 * - Idempotent: records are matched by the id the file gives, by the key of the event they come from (stored as
 *   `importKey`, indexed), actors by folded name or alias, sources by URL; a second import of a file creates
 *   nothing. What is created gets its first revision, action `import`, signed by the writer's name and id.
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
export type LoadReport = Omit<ImportResult, 'format' | 'rows'>;

export const DEFAULT_CHUNK_SIZE = 500;

export async function runBatch(
  batch: ImportBatch,
  transactions: ChunkTransactions,
  { dryRun, chunkSize = DEFAULT_CHUNK_SIZE, onProgress }: BatchOptions,
): Promise<LoadReport> {
  const plan = new ImportPlan();
  const total = batch.sources.length + batch.actors.length + batch.ties.length + batch.meetings.length;
  let done = 0;
  onProgress?.({ done, total });

  const run = async <T>(items: T[], load: (context: ChunkContext, plan: ImportPlan, chunk: T[]) => Promise<ChunkDecisions>) => {
    for (const chunk of chunksOf(items, chunkSize)) {
      applyDecisions(plan, await runChunk(dryRun, transactions, (context) => load(context, plan, chunk)));
      done += chunk.length;
      onProgress?.({ done, total });
    }
  };
  await run(batch.sources, loadSourceChunk);
  await run(batch.actors, loadActorChunk);
  await resolveActorsNamedOnlyById(batch, plan, dryRun, transactions);
  await run(batch.ties, loadTieChunk);
  await run(batch.meetings, loadMeetingChunk);

  return {
    dryRun,
    created: plan.created,
    matched: plan.matched,
    actorMatches: plan.actorMatches.sort(byLine),
    imported: dryRun ? { ids: [], total: 0 } : importedActors(plan),
    skipped: [...batch.skipped, ...plan.skipped].sort(byLine),
    errors: [...batch.errors, ...plan.errors].sort(byLine),
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
