/**
 * `npm run import -- FILE [--format icews|gdelt|polecat|acled|parley-json|parley-csv] [--sectors keep|skip]
 * [--statements skip|keep] [--dry-run] [--json]`: imports a file of
 * any size through the bulk loader that `POST /api/import` uses, into the Neo4j named by NEO4J_URI/… (by default
 * the embedded one `npm start` runs), applying the migrations it lacks first. Event files are read as a stream
 * (db/bulk/stream); a progress bar on the terminal says the rows done, rows a second and time left; the end prints
 * the import's report (`--json`: the whole answer, as the API gives it). The import is signed
 * "<user> (npm run import)".
 */
import os from 'node:os';
import { ImportFormatError } from '../../lib/import/types';
import { runImportCommand, UsageError } from './import-command';

async function main(): Promise<void> {
  const output = await runImportCommand(process.argv.slice(2), `${os.userInfo().username} (npm run import)`);
  process.stdout.write(`${output}\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ImportFormatError;
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!known) console.error(error);
  process.exit(known ? 2 : 1);
});
