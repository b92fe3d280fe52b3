import { firstLineOf } from './delimited';
import type { ImportFormat } from './types';

/** Column counts of headerless GDELT files: 2.0, 1.0 since April 2013, 1.0 before. */
const HEADERLESS_GDELT_COLUMNS = new Set([61, 58, 57]);

/** A GDELT header row names GLOBALEVENTID; a headerless file starts with the id itself, a number. */
export function hasGdeltHeader(firstLine: string): boolean {
  return /(^|[\t,])\s*"?globaleventid"?\s*([\t,]|$)/i.test(firstLine);
}

/**
 * Guesses the format of a file from its first line, then its name, for the import form to preselect: a JSON
 * object is a Parley export; a header naming GLOBALEVENTID, or a headerless line of 57, 58 or 61 tab-separated
 * columns starting with a number, is GDELT (whose files end in `.CSV` although they hold tabs); `event_id_cnty`
 * is ACLED; "Event ID" with "CAMEO Code" is ICEWS, with "Event Type" and "Actor Name" POLECAT; the headers of
 * Parley's tables are Parley CSV. Null when nothing fits; the analyst then chooses.
 */
export function detectFormat(fileName: string, firstChunk: string): ImportFormat | null {
  const firstLine = firstLineOf(firstChunk);
  if (/^\s*[{[]/.test(firstLine)) return 'parley-json';
  const tabbed = firstLine.includes('\t');
  const names = new Set(firstLine.split(tabbed ? '\t' : ',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase()));
  if (hasGdeltHeader(firstLine)) return 'gdelt';
  if (names.has('event_id_cnty') || (names.has('event_type') && names.has('sub_event_type') && names.has('actor1'))) return 'acled';
  if (names.has('event id') && names.has('event type') && names.has('actor name')) return 'polecat';
  if (names.has('event id') && (tabbed || names.has('cameo code'))) return 'icews';
  if (tabbed && HEADERLESS_GDELT_COLUMNS.has(firstLine.split('\t').length) && /^\d+\t/.test(firstLine)) return 'gdelt';
  if (/^(id,name,kind|id,type,family|id,title,kind|claim_kind,claim_id)/i.test(firstLine)) return 'parley-csv';
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'parley-json';
  if (name.endsWith('.export.csv')) return 'gdelt';
  if (name.endsWith('.csv')) return 'parley-csv';
  if (tabbed) return 'icews';
  return null;
}
