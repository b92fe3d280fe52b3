import { parseHeaderedTable } from './delimited';
import { cleanField, type EventBatchBuilder } from './events';
import { ImportFormatError } from './types';

/**
 * The data rows of an event file with a header row (ICEWS, POLECAT, ACLED), each with its fields read by column
 * name (cleaned, '' for a column the file lacks). A file empty or lacking a column the format needs is not of the
 * format (ImportFormatError); an unclosed quote or a row longer than the header is that row's error, and the row
 * is left out.
 */
export interface EventFormat<C extends string> {
  /** "an ICEWS file starts with a header row (Event ID, Event Date, …)": the sentence an empty file gets. */
  startsWith: string;
  /** "an ICEWS event file": what a file lacking a needed column is not. */
  kind: string;
  required: readonly C[];
  /** Said after the missing columns, how files of the format look. */
  hint?: string;
}

export interface EventRow<C extends string> {
  line: number;
  field: (name: C) => string;
}

export function readEventTable<C extends string>(
  text: string,
  builder: EventBatchBuilder,
  { startsWith, kind, required, hint }: EventFormat<C>,
): { rows: Iterable<EventRow<C>>; dataRows: number; has: (name: C) => boolean } {
  const parsed = parseHeaderedTable(text);
  if (!parsed) throw new ImportFormatError(`The file is empty: ${startsWith}.`);
  const table = parsed;
  const missing = required.filter((name) => table.column(name) === undefined);
  if (missing.length > 0) {
    throw new ImportFormatError(
      `This is not ${kind}: its header (line ${table.header.line}) lacks ${missing.map((name) => `“${name}”`).join(', ')}.${hint ? ` ${hint}` : ''}`,
    );
  }
  if (table.unterminatedAt !== null) builder.error(table.unterminatedAt, 'A quoted field is not closed before the end of the file');
  // Read as the caller asks, so that every row's errors come in the order of the file.
  function* rows(): Generator<EventRow<C>> {
    for (const row of table.rows) {
      if (row.fields.length > table.header.fields.length) {
        builder.error(row.line, `${row.fields.length} ${table.separation} fields where the header has ${table.header.fields.length}`);
        continue;
      }
      const field = (name: C) => {
        const index = table.column(name);
        return index === undefined ? '' : cleanField(row.fields[index]);
      };
      yield { line: row.line, field };
    }
  }
  return { rows: rows(), dataRows: table.rows.length, has: (name) => table.column(name) !== undefined };
}
