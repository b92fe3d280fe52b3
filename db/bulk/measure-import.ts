import { readFileSync } from 'node:fs';
import { parseImport } from '../../lib/import/parse';
import type { ImportFormat } from '../../lib/import/types';
import { closeDriver } from '../driver';
import type { Principal } from '../../lib/auth/roles';
import { loadBatch } from './load';

// The script runs with the database's own credentials; its revisions are signed as itself.
const MEASURING: Principal = { id: 'measure-import', username: 'measure-import', name: 'measure-import', role: 'editor' };

/**
 * Imports a file through the bulk path and says how fast, against the database of NEO4J_URI:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… npx tsx --conditions=react-server db/bulk/measure-import.ts /tmp/icews-10000.tsv icews
 *
 * (`--conditions=react-server` lets the server-only modules load outside Next.) Runs a dry run, the import, then
 * the import again (which must create nothing), and prints the rows per second of each.
 */
async function measure(): Promise<void> {
  const [file, format = 'icews'] = process.argv.slice(2);
  if (!file) throw new Error('Usage: measure-import.ts <file> [icews|gdelt|parley-json|parley-csv]');
  const started = performance.now();
  const batch = parseImport(format as ImportFormat, [{ name: file, text: readFileSync(file, 'utf8') }]);
  const parsed = performance.now();
  process.stdout.write(`parsed ${batch.rows} rows in ${((parsed - started) / 1000).toFixed(2)} s\n`);
  for (const [label, dryRun] of [
    ['dry run', true],
    ['import', false],
    ['re-import', false],
  ] as const) {
    const start = performance.now();
    const report = await loadBatch(batch, { principal: MEASURING, dryRun });
    const seconds = (performance.now() - start) / 1000;
    process.stdout.write(
      `${label}: ${seconds.toFixed(2)} s, ${Math.round(batch.rows / seconds)} rows/s; created ${JSON.stringify(report.created)}, ` +
        `matched ${JSON.stringify(report.matched)}, ${report.skipped.length} skipped, ${report.errors.length} errors\n`,
    );
  }
  await closeDriver();
}

void measure();
