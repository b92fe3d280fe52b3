import 'server-only';
import type { Principal } from '../../lib/auth/roles';
import type { ImportBatch } from '../../lib/import/types';
import { requireRole } from '../accounts/authorize';
import { runChange } from '../commands/write';
import { readTransaction } from '../driver';
import { runBatch, type BatchOptions, type LoadReport } from './batch';

export { DEFAULT_CHUNK_SIZE, type LoadProgress, type LoadReport } from './batch';

export interface LoadOptions extends BatchOptions {
  /** Who imports: an editor or admin (checked here, for a dry run too); revisions are signed with their name. */
  principal: Principal | null;
}

/**
 * The bulk loader (./batch) as imports run it: for an editor, on the app's driver, each chunk through the
 * single-record path's `runChange` (run again when a concurrent writer took an id this one picked).
 */
export async function loadBatch(batch: ImportBatch, { principal, ...options }: LoadOptions): Promise<LoadReport> {
  const writer = requireRole(principal, 'editor');
  return runBatch(
    batch,
    {
      read: (work) => readTransaction((tx) => work(tx, { editor: writer.name, editorId: writer.id, at: new Date().toISOString() }), 'importChunk'),
      write: (work) => runChange(writer, ({ tx, editor, editorId, at }) => work(tx, { editor, editorId, at }), 'importChunk'),
    },
    options,
  );
}
