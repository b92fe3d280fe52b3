/**
 * What `npm run import` (./import.ts) does, importable: a file of any size through the bulk loader that
 * `POST /api/import` uses, into the Neo4j named by NEO4J_URI/…, its migrations applied first. Event files are read as a
 * stream (db/bulk/stream); a progress bar on the terminal says the rows done, rows a second and time left.
 */
import { createReadStream, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectFormat } from '../../lib/import/detect';
import { parseImport } from '../../lib/import/parse';
import { describePace, importPace } from '../../lib/import/rate';
import { IMPORT_FORMATS, importNotes, type ImportFormat, type ImportOptions, type ImportResult } from '../../lib/import/types';
import { importParamsSchema } from '../../lib/schemas/import';
import { runBatch, type LoadProgress } from '../bulk/batch';
import { driverTransactions } from '../bulk/chunks';
import { isLineBased, linesOfFile, loadLines } from '../bulk/stream';
import { createDriver, readNeo4jSettings } from '../connection';
import { migrate } from '../migrate';
import { computeGraphPageRank } from '../measures/pagerank';

interface Options {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  json: boolean;
  importOptions: ImportOptions;
}

function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      sectors: { type: 'string' },
      statements: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  // The options mean what the API's query parameters of the same names mean, checked by the same schema.
  const chosen = importParamsSchema.pick({ sectors: true, statements: true }).safeParse({ sectors: values.sectors, statements: values.statements });
  if (!chosen.success) {
    const issue = chosen.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0])}: ${issue.message}`);
  }
  const [file, ...rest] = positionals;
  if (!file || rest.length > 0) throw new UsageError('Give one file: npm run import -- FILE [--format …] [--dry-run] [--json]');
  const format = values.format ?? detectFormat(path.basename(file), firstBytes(file));
  if (!format) throw new UsageError(`--format: the format of ${file} could not be told from its content; give one of ${IMPORT_FORMATS.join(', ')}`);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: “${format}” is not one of ${IMPORT_FORMATS.join(', ')}`);
  return {
    file,
    format: format as ImportFormat,
    dryRun: values['dry-run'],
    json: values.json,
    importOptions: { sectors: chosen.data.sectors, keepStatements: chosen.data.statements },
  };
}

export class UsageError extends Error {}

function firstBytes(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}

/** Counts the lines in one pass over the file, a chunk at a time, so that the bar knows how far there is to go. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) lines += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** A bar redrawn in place on a terminal; elsewhere (a log, a test), a line every few seconds and at the end. */
function progressReporter(unit: string): (progress: LoadProgress) => void {
  const startedAt = performance.now();
  const onTerminal = process.stderr.isTTY;
  let lastLine = 0;
  return ({ done, total }) => {
    const now = performance.now();
    const finished = total > 0 && done >= total;
    if (!onTerminal && !finished && now - lastLine < 5_000) return;
    lastLine = now;
    const fraction = total > 0 ? done / total : 0;
    const width = 30;
    const bar = `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '-')}]`;
    const pace = describePace(importPace({ startedAt, now, done, total }), unit) ?? 'starting…';
    const text = `${bar} ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit} · ${pace}`;
    process.stderr.write(onTerminal ? `\r${text}\u001b[K${finished ? '\n' : ''}` : `${text}\n`);
  };
}

async function importFile({ file, format, dryRun, importOptions }: Options, editor: string): Promise<ImportResult> {
  const settings = readNeo4jSettings();
  const driver = createDriver(settings);
  try {
    await driver.verifyConnectivity({ database: settings.database });
    // The loader reads the schema (the name index matches actors), so a database never set up gets it first.
    const applied = await migrate(driver, settings.database);
    if (applied.length) process.stderr.write(`Migrations applied: ${applied.join(', ')}\n`);
    const transactions = driverTransactions(driver, settings.database, editor);
    let result: ImportResult;
    if (isLineBased(format)) {
      const totalLines = await countLines(file);
      const { sectorEvents, ...report } = await loadLines(linesOfFile(file), format, transactions, {
        dryRun,
        totalLines,
        importOptions,
        onProgress: progressReporter('lines'),
      });
      result = { ...report, format, notes: importNotes(sectorEvents) };
    } else {
      const batch = parseImport(format, [{ name: path.basename(file), text: readFileSync(file, 'utf8') }], importOptions);
      const report = await runBatch(batch, transactions, { dryRun, onProgress: progressReporter('records') });
      result = { ...report, format, rows: batch.rows, notes: importNotes(batch.sectorEvents) };
    }
    // This process ends here: the whole graph's PageRank is computed now rather than asked for later.
    if (!dryRun) {
      const ranked = await computeGraphPageRank(transactions);
      process.stderr.write(`PageRank of the whole graph: ${ranked.actors.toLocaleString('en')} actors in ${(ranked.ms.total / 1000).toFixed(1)} s (${ranked.method})\n`);
    }
    return result;
  } finally {
    await driver.close();
  }
}

const count = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([kind, value]) => `${value.toLocaleString('en')} ${kind}`)
    .join(', ');

/** The report in words: what was (or would be) created and matched, and the rows left out, grouped by reason. */
function describeResult(result: ImportResult): string {
  const reasons = new Map<string, number>();
  for (const { reason } of result.skipped) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const shownErrors = result.errors.slice(0, 20);
  return [
    `${result.dryRun ? 'Dry run (nothing written) of' : 'Imported'} ${result.rows.toLocaleString('en')} ${result.format} rows.`,
    `${result.dryRun ? 'Would create' : 'Created'}: ${count({ ...result.created })}.`,
    `Matched to records already there: ${count({ ...result.matched })}.`,
    `Skipped: ${result.skipped.length.toLocaleString('en')} rows${reasons.size ? ':' : '.'}`,
    ...[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([reason, times]) => `  ${times.toLocaleString('en')} × ${reason}`),
    `Errors: ${result.errors.length.toLocaleString('en')} rows${shownErrors.length ? ':' : '.'}`,
    ...shownErrors.map(({ line, field, message }) => `  line ${line}${field ? ` (${field})` : ''}: ${message}`),
    ...(result.errors.length > shownErrors.length ? [`  … and ${(result.errors.length - shownErrors.length).toLocaleString('en')} more (--json lists them all)`] : []),
  ].join('\n');
}

/**
 * The command with its arguments (`FILE [--format …] [--dry-run] [--json]`), run to the end: the text it prints, the
 * report in words or (`--json`) the whole answer. A wrong argument throws a `UsageError`.
 */
export async function runImportCommand(argv: string[], editor: string): Promise<string> {
  const options = readOptions(argv);
  const result = await importFile(options, editor);
  return options.json ? JSON.stringify(result, null, 2) : describeResult(result);
}
