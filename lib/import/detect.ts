import type { ImportFormat } from './types';

/**
 * Guesses the format of a file from its first line and its name, for the import form to preselect: a JSON
 * object is a Parley export; a tab-separated header with "Event ID" is ICEWS; a headerless line of 61 tab-separated
 * columns is GDELT (whose files end in `.CSV` although they hold tabs); a comma-separated header is a Parley CSV
 * table. Null when nothing fits; the analyst then chooses.
 */
export function detectFormat(fileName: string, firstChunk: string): ImportFormat | null {
  const firstLine = firstChunk.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (/^\s*[{[]/.test(firstLine)) return 'parley-json';
  const tabs = firstLine.split('\t').length - 1;
  if (tabs > 0 && /(^|\t)\s*Event ID\s*(\t|$)/i.test(firstLine)) return 'icews';
  if (tabs === 60) return 'gdelt';
  if (/^(id,name,kind|id,type,family|id,title,kind|claim_kind,claim_id)/i.test(firstLine)) return 'parley-csv';
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'parley-json';
  if (name.endsWith('.export.csv')) return 'gdelt';
  if (name.endsWith('.csv')) return 'parley-csv';
  if (tabs > 0) return 'icews';
  return null;
}
