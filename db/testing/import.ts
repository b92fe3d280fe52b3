import type { Principal } from '../../lib/auth/roles';
import { parseImport } from '../../lib/import/parse';
import { loadBatch } from '../bulk/load';
import { TEST_USERS } from './accounts';
import { parleyExport, type SeedRecords } from './parley-file';

const { id, username, name } = TEST_USERS.editor;
const IMPORTER: Principal = { id, username, name, role: 'editor' };

/** Adds records through the bulk loader, as an import by the test editor; throws unless every one was stored. */
export async function importRecords(records: SeedRecords): Promise<void> {
  const batch = parseImport('parley-json', [{ name: 'test-records.json', text: parleyExport(records) }]);
  const report = await loadBatch(batch, { principal: IMPORTER, dryRun: false });
  if (report.errors.length > 0 || report.skipped.length > 0) {
    throw new Error(`The test records were not all imported: ${JSON.stringify({ errors: report.errors, skipped: report.skipped })}`);
  }
}
