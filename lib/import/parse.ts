import { parseAcled } from './acled';
import { parseGdelt } from './gdelt';
import { parseIcews } from './icews';
import { parseParleyCsv, type CsvFile } from './parley-csv';
import { parseParleyJson } from './parley-json';
import { parsePolecat } from './polecat';
import { DEFAULT_IMPORT_OPTIONS, ImportFormatError, type ImportBatch, type ImportFormat, type ImportOptions } from './types';

export type ImportFile = CsvFile;

/**
 * Reads uploaded files in the format asked for. Several files are only read together as Parley CSV (one file
 * per table); a file that is not in the format at all throws ImportFormatError, while bad rows are reported in
 * the batch and the rest is read. The options say what event data keeps (CAMEO 01 statements are left out by default).
 */
export function parseImport(format: ImportFormat, files: ImportFile[], options: ImportOptions = DEFAULT_IMPORT_OPTIONS): ImportBatch {
  if (files.length === 0 || files.every((file) => file.text.trim() === '')) throw new ImportFormatError('The file is empty.');
  if (format === 'parley-csv') return parseParleyCsv(files);
  if (files.length > 1) throw new ImportFormatError(`Send one file at a time for ${format}; only Parley CSV tables go together.`);
  const text = files[0]!.text;
  switch (format) {
    case 'parley-json':
      return parseParleyJson(text);
    case 'icews':
      return parseIcews(text, options);
    case 'gdelt':
      return parseGdelt(text, options);
    case 'polecat':
      return parsePolecat(text, options);
    case 'acled':
      return parseAcled(text, options);
  }
}
