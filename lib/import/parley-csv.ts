import type { z } from 'zod';
import { CSV_TABLES, type CsvTable } from '../export/csv';
import { parseCsv, type TextRow } from './delimited';
import { actorSchema } from '../schemas/actor';
import { citationSchema } from '../schemas/citation';
import { meetingSchema } from '../schemas/meeting';
import { tieSchema } from '../schemas/tie';
import { sourceSchema } from '../schemas/source';
import { rowErrors, toImportActor, toImportCitation, toImportMeeting, toImportTie, toImportSource } from './parley-records';
import { ImportFormatError, NO_SECTOR_EVENTS, type ImportBatch, type ImportCitation } from './types';

/**
 * The CSV tables a Parley export writes (lib/export/csv.ts): actors, ties, meetings and citations, each known by
 * its header, one or several uploaded together. Citations (with their sources) are joined to the ties and
 * meetings they back; a tie whose citations are not uploaded can still match an existing tie, but not be created.
 */

/**
 * The columns by which each table is known: those of the first exports. Columns added since (descriptions,
 * countries, Wikidata ids, summaries, locations, source sections) are read when present, so that older files
 * still import.
 */
const HEADERS: Record<CsvTable, string[]> = {
  actors: ['id', 'name', 'kind', 'aliases'],
  ties: ['id', 'type', 'family', 'subject_id', 'subject_name', 'object_id', 'object_name', 'since', 'until', 'confidence', 'citations'],
  meetings: ['id', 'title', 'kind', 'date', 'participants', 'citations'],
  citations: [
    'claim_kind',
    'claim_id',
    'quote',
    'credibility',
    'source_id',
    'source_title',
    'source_url',
    'source_publisher',
    'source_published_at',
    'source_language',
    'source_reliability',
  ],
};

const LIST_SEPARATOR = ' | ';

export interface CsvFile {
  name: string;
  text: string;
}

interface TableRow {
  line: number;
  /** Which uploaded file, for messages when several are: `ties.csv`. */
  table: CsvTable;
  cell: (column: string) => string;
}

/** Undoes what `csvField` does to a text a spreadsheet would run as a formula: the apostrophe put before it. */
function unprotect(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function readTable(file: CsvFile): { table: CsvTable; rows: TableRow[] } {
  const { rows, unterminatedAt } = parseCsv(file.text);
  const [header, ...data] = rows;
  const names = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  const table = CSV_TABLES.find((candidate) => HEADERS[candidate].every((column) => names.includes(column)));
  if (!header || !table) {
    throw new ImportFormatError(
      `“${file.name}” is not one of Parley’s CSV tables: its first line should be the header of actors, ties, meetings or citations ` +
        `(e.g. ${HEADERS.actors.join(',')}).`,
    );
  }
  if (unterminatedAt !== null) {
    throw new ImportFormatError(`“${file.name}”: a quote opened on line ${unterminatedAt} is never closed.`);
  }
  const index = new Map(names.map((name, position) => [name, position]));
  return {
    table,
    rows: data.map((row: TextRow) => ({
      line: row.line,
      table,
      cell: (column: string) => unprotect((row.fields[index.get(column) ?? -1] ?? '').trim()),
    })),
  };
}

const orNull = (text: string) => (text === '' ? null : text);
const list = (text: string) => (text === '' ? [] : text.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean));
/** A number cell: the schema says what is wrong with anything else. */
const numberOrText = (text: string): number | string => (/^\d+$/.test(text) ? Number(text) : text);

export function parseParleyCsv(files: CsvFile[]): ImportBatch {
  if (files.length === 0) throw new ImportFormatError('No file was sent.');
  const tables = files.map(readTable);
  const rowsOf = (table: CsvTable) => tables.filter((read) => read.table === table).flatMap((read) => read.rows);
  const batch: ImportBatch = { format: 'parley-csv', rows: 0, actors: [], sources: [], ties: [], meetings: [], skipped: [], errors: [], sectorEvents: { ...NO_SECTOR_EVENTS } };
  batch.rows = tables.reduce((sum, read) => sum + read.rows.length, 0);

  const check = <S extends z.ZodType>(schema: S, row: TableRow, value: unknown): z.infer<S> | null => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    batch.errors.push(...rowErrors(row.line, row.table, parsed.error));
    return null;
  };

  for (const row of rowsOf('actors')) {
    const actor = check(actorSchema, row, {
      id: row.cell('id'),
      name: row.cell('name'),
      kind: row.cell('kind'),
      aliases: list(row.cell('aliases')),
      description: row.cell('description'),
      country: orNull(row.cell('country')),
      wikidataId: orNull(row.cell('wikidata_id')),
    });
    if (actor) batch.actors.push(toImportActor(actor, row.line));
  }

  const citations = readCitations(rowsOf('citations'), batch, check);
  const citationsOf = (kind: 'tie' | 'meeting', id: string) => {
    const found = citations.get(`${kind}:${id}`) ?? [];
    citations.delete(`${kind}:${id}`);
    return found.map(({ sourceKey, quote, credibility }) => ({ sourceKey, quote, credibility }));
  };

  for (const row of rowsOf('ties')) {
    const tie = check(tieSchema, row, {
      id: row.cell('id'),
      type: row.cell('type'),
      subjectId: row.cell('subject_id'),
      objectId: row.cell('object_id'),
      since: orNull(row.cell('since')),
      until: orNull(row.cell('until')),
      confidence: row.cell('confidence'),
      summary: row.cell('summary'),
    });
    if (tie) batch.ties.push({ ...toImportTie(tie, row.line), citations: citationsOf('tie', tie.id) });
  }

  for (const row of rowsOf('meetings')) {
    const participants = list(row.cell('participants')).map((entry) => {
      const colon = entry.lastIndexOf(':');
      return colon < 0 ? { actorId: entry, role: '' } : { actorId: entry.slice(0, colon), role: entry.slice(colon + 1) };
    });
    const meeting = check(meetingSchema, row, {
      id: row.cell('id'),
      title: row.cell('title'),
      kind: row.cell('kind'),
      date: orNull(row.cell('date')),
      location: orNull(row.cell('location')),
      summary: row.cell('summary'),
      participants,
    });
    if (meeting) batch.meetings.push({ ...toImportMeeting(meeting, row.line), citations: citationsOf('meeting', meeting.id) });
  }

  // Citations of claims that are in no uploaded table: nothing to attach them to.
  for (const [claim, found] of citations) {
    for (const citation of found) {
      batch.skipped.push({ line: citation.line, reason: `The ${claim.replace(':', ' “')}” it cites is not in an uploaded ties or meetings table` });
    }
  }
  return batch;
}

type Check = <S extends z.ZodType>(schema: S, row: TableRow, value: unknown) => z.infer<S> | null;

/** The citations table: each row a citation of a tie or meeting, with its source spelt out (sources once each). */
function readCitations(rows: TableRow[], batch: ImportBatch, check: Check): Map<string, (ImportCitation & { line: number })[]> {
  const byClaim = new Map<string, (ImportCitation & { line: number })[]>();
  const sourceIds = new Set<string>();
  for (const row of rows) {
    const kind = row.cell('claim_kind');
    if (kind !== 'tie' && kind !== 'meeting') {
      batch.errors.push({ line: row.line, field: 'citations.claim_kind', message: '“tie” or “meeting”' });
      continue;
    }
    const source = check(sourceSchema, { ...row, table: 'citations' }, {
      id: row.cell('source_id'),
      title: row.cell('source_title'),
      url: orNull(row.cell('source_url')),
      publisher: orNull(row.cell('source_publisher')),
      publishedAt: orNull(row.cell('source_published_at')),
      language: row.cell('source_language'),
      section: orNull(row.cell('source_section')),
      reliability: row.cell('source_reliability'),
    });
    const claimId = row.cell('claim_id');
    const quote = row.cell('quote');
    const credibility = numberOrText(row.cell('credibility'));
    const citation = check(citationSchema, row, { sourceId: row.cell('source_id'), quote, credibility });
    if (!source || !citation || !claimId) {
      if (!claimId) batch.errors.push({ line: row.line, field: 'citations.claim_id', message: 'Required' });
      continue;
    }
    if (!sourceIds.has(source.id)) {
      sourceIds.add(source.id);
      batch.sources.push(toImportSource(source, row.line));
    }
    const key = `${kind}:${claimId}`;
    byClaim.set(key, [...(byClaim.get(key) ?? []), { ...toImportCitation(citation), line: row.line }]);
  }
  return byClaim;
}
