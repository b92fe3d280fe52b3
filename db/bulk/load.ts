import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import type { ImportBatch } from '../../lib/import/types';
import { requireRole } from '../accounts/authorize';
import { runWrite } from '../commands/write';
import { readTransaction } from '../driver';
import { refreshPageRankAfterImport } from '../measures/refresh';
import { runBatch, type BatchOptions, type LoadReport } from './batch';

export { DEFAULT_CHUNK_SIZE, type LoadProgress, type LoadReport } from './batch';

export interface LoadOptions extends BatchOptions {
  /** Who imports: an editor or admin (checked here, for a dry run too); revisions are signed with their name. */
  principal: Principal | null;
}

/**
 * The bulk loader (./batch) as imports run it: for an editor, on the app's driver, each chunk through the
 * single-record path's `runWrite` (run again when a concurrent writer took an id this one picked). The graph's
 * PageRank is computed once, when the load has written what it could, rather than asked for after each chunk.
 */
export async function loadBatch(batch: ImportBatch, { principal, ...options }: LoadOptions): Promise<LoadReport> {
  const writer = requireRole(principal, 'editor');
  try {
    return await runBatch(
      batch,
      {
        read: (work) => readTransaction((tx) => work(tx, { editor: writer.name, editorId: writer.id, at: new Date().toISOString() }), 'importChunk'),
        write: async (work) =>
          (await runWrite({ writer, within: 'importChunk', refreshMeasures: false }, ({ tx, editor, editorId, at }) => work(tx, { editor, editorId, at }))).body,
      },
      options,
    );
  } finally {
    // Also after a load cut short: what it wrote is in the graph.
    if (!options.dryRun) await refreshPageRankAfterImport();
  }
}
