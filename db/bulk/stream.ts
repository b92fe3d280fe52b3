import { createReadStream } from 'node:fs';
import { parseImport } from '../../lib/import/parse';
import { DEFAULT_IMPORT_OPTIONS, NO_SECTOR_EVENTS, type ImportBatch, type ImportFormat, type ImportOptions, type SectorEventCounts } from '../../lib/import/types';
import { DEFAULT_CHUNK_SIZE, loadIntoPlan, reportOf, settled, type BatchOptions, type LoadProgress, type LoadReport } from './batch';
import type { ChunkTransactions } from './chunks';
import { ImportPlan } from './plan';

/**
 * A line-based event file (ICEWS, GDELT, …) loaded as a stream: its lines are read `linesPerChunk` at a time, each
 * chunk handed to the format's own parser (with the header line before it when the format has one) and loaded
 * before the next is read, so that memory holds a chunk or two, never the file. What ties the chunks together is
 * the plan (actors and sources by key, bounded by how many the file names) and the database, which finds claims
 * of earlier chunks by their event key. The next chunk is parsed while the database writes the last one.
 *
 *   const report = await loadLines(lines, 'icews', transactions, { dryRun: false, onProgress });
 *
 * Progress counts lines of the file (`total` when the caller knows it, else the lines read so far).
 */

export const DEFAULT_LINES_PER_CHUNK = 10_000;

/** Formats read whole (a JSON document, tables that go together): all others are line-based event files. */
export function isLineBased(format: ImportFormat): boolean {
  return format !== 'parley-json' && format !== 'parley-csv';
}

export interface StreamOptions extends BatchOptions {
  linesPerChunk?: number;
  /** Lines of the file, when counted beforehand: progress then says how far there is to go. */
  totalLines?: number;
  /** How the file is read (sector actors, statements), as for a file loaded whole. */
  importOptions?: ImportOptions;
}

/** The loader's answer with what only the parser knows: the data rows read, the sector actors' events counted. */
export type StreamReport = LoadReport & Pick<ImportBatch, 'rows' | 'sectorEvents'>;

export async function loadLines(
  lines: AsyncIterable<string>,
  format: ImportFormat,
  transactions: ChunkTransactions,
  { dryRun, chunkSize = DEFAULT_CHUNK_SIZE, linesPerChunk = DEFAULT_LINES_PER_CHUNK, totalLines, onProgress, importOptions = DEFAULT_IMPORT_OPTIONS }: StreamOptions,
): Promise<StreamReport> {
  const plan = new ImportPlan();
  const parsed: Pick<ImportBatch, 'skipped' | 'errors'> = { skipped: [], errors: [] };
  let rows = 0;
  const sectorEvents: SectorEventCounts = { ...NO_SECTOR_EVENTS };
  let linesRead = 0;
  let linesLoaded = 0;
  const progress = (): LoadProgress => ({ done: linesLoaded, total: Math.max(totalLines ?? linesRead, linesLoaded) });
  onProgress?.(progress());

  let header: string | null = null;
  const loadAll = async () => {
    let loading: Promise<void> = Promise.resolve();
    for await (const { firstLine, text } of chunksOfLines(lines, linesPerChunk)) {
      if (firstLine === 1) header = headerOf(format, text, importOptions);
      const batch = parseChunk(format, text, firstLine, header, importOptions);
      const count = lineCount(text);
      linesRead += count;
      await loading;
      // Actors and sources an earlier chunk named are known to the plan: matched once, as in a file loaded whole.
      const unseen: ImportBatch = {
        ...batch,
        actors: batch.actors.filter((actor) => !plan.actors.has(actor.key)),
        sources: batch.sources.filter((source) => !plan.sources.has(source.key)),
      };
      loading = (async () => {
        rows += batch.rows;
        sectorEvents.kept += batch.sectorEvents.kept;
        sectorEvents.skipped += batch.sectorEvents.skipped;
        parsed.skipped.push(...batch.skipped);
        parsed.errors.push(...batch.errors);
        await loadIntoPlan(unseen, plan, transactions, { dryRun, chunkSize });
        linesLoaded += count;
        onProgress?.(progress());
      })();
      // Awaited before the next chunk loads; until then a failure must not count as unhandled.
      loading.catch(() => undefined);
    }
    await loading;
  };
  await settled(plan, transactions, dryRun, loadAll);
  return { ...reportOf(plan, dryRun, parsed), rows, sectorEvents };
}

/**
 * The lines of a file, read a block at a time as they are asked for (readline's iterator reads ahead of a slow
 * consumer and so would hold the file); line ends are left to the parser, which knows `\r\n`.
 */
export async function* linesOfFile(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const block of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    const lines = (rest + block).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest !== '') yield rest;
}

/** Lines gathered `size` at a time, each chunk with the number of its first line (1-based). */
export async function* chunksOfLines(lines: AsyncIterable<string>, size: number): AsyncGenerator<{ firstLine: number; text: string }> {
  let chunk: string[] = [];
  let firstLine = 1;
  for await (const line of lines) {
    chunk.push(line);
    if (chunk.length === size) {
      yield { firstLine, text: chunk.join('\n') };
      firstLine += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield { firstLine, text: chunk.join('\n') };
}

function lineCount(text: string): number {
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/**
 * The file's first line when the format reads it as a header (it holds no data row), to go before every later
 * chunk; null for a headerless format. Asking the parser keeps this free of any one format's layout.
 */
function headerOf(format: ImportFormat, firstChunk: string, options: ImportOptions): string | null {
  const firstLine = firstChunk.split('\n', 1)[0]!;
  if (firstLine.trim() === '') return null;
  return parseImport(format, [{ name: 'header', text: firstLine }], options).rows === 0 ? firstLine : null;
}

/** One chunk parsed as a file of its own, its lines numbered as in the whole file. */
function parseChunk(format: ImportFormat, text: string, firstLine: number, header: string | null, options: ImportOptions): ImportBatch {
  if (firstLine === 1) return parseImport(format, [{ name: 'chunk', text }], options);
  if (text.trim() === '') return { format, rows: 0, actors: [], sources: [], ties: [], meetings: [], skipped: [], errors: [], sectorEvents: { ...NO_SECTOR_EVENTS } };
  const withHeader = header !== null;
  // The parser numbers the chunk's lines from 1 (from 2 after the header): shifted to where they are in the file.
  const shift = firstLine - (withHeader ? 2 : 1);
  const batch = parseImport(format, [{ name: 'chunk', text: withHeader ? `${header}\n${text}` : text }], options);
  // The batch is this chunk's own: its records' lines are moved in place (a spread copy of each cost more).
  for (const items of [batch.actors, batch.sources, batch.ties, batch.meetings, batch.skipped, batch.errors]) {
    for (const item of items) item.line += shift;
  }
  return batch;
}
