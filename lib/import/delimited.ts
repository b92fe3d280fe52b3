/**
 * Reading delimited text the way real files come: a byte-order mark, CRLF or LF line ends, blank lines, quotes
 * inside fields. Every row keeps the number of the line it starts on, so that errors can name it.
 */

export interface TextRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Tab-separated rows, one per line. Event files (ICEWS, GDELT) are written without quoting, so a `"` is an
 * ordinary character and fields are split on every tab. Only when that gives the wrong number of fields and the
 * line has quotes is it read again with CSV-style quoting, as a spreadsheet saving "text with a tab" would write.
 */
export function parseTsv(text: string, columns?: number): TextRow[] {
  const rows: TextRow[] = [];
  // Without a number given, the first row (a header) says how many fields a row has.
  let expectedColumns = columns;
  const lines = stripBom(text).split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    let fields = line.split('\t');
    if (expectedColumns !== undefined && fields.length !== expectedColumns && line.includes('"')) {
      const quoted = parseQuotedLine(line, '\t');
      if (quoted && quoted.length === expectedColumns) fields = quoted;
    }
    rows.push({ line: index + 1, fields });
    expectedColumns ??= fields.length;
  }
  return rows;
}

/** One line of quoted, delimited text; null when a quote is left open. */
function parseQuotedLine(line: string, delimiter: string): string[] | null {
  const rows = parseQuoted(line, delimiter);
  return rows.length === 1 && !rows[0]!.unterminated ? rows[0]!.fields : null;
}

interface QuotedRow extends TextRow {
  unterminated: boolean;
}

/** RFC 4180: fields in double quotes may hold the delimiter, line breaks and `""` for a quote. */
function parseQuoted(text: string, delimiter: string): QuotedRow[] {
  const rows: QuotedRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let rowHasContent = false;
  const endRow = () => {
    fields.push(field);
    if (rowHasContent || fields.length > 1 || field !== '') rows.push({ line: rowLine, fields, unterminated: false });
    fields = [];
    field = '';
    rowHasContent = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      inQuotes = true;
      rowHasContent = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      rowHasContent = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) {
    fields.push(field);
    rows.push({ line: rowLine, fields, unterminated: true });
  } else if (field !== '' || fields.length > 0 || rowHasContent) {
    endRow();
  }
  return rows;
}

/** Comma-separated rows (RFC 4180), blank lines left out; a quote left open at the end of the file is an error. */
export function parseCsv(text: string): { rows: TextRow[]; unterminatedAt: number | null } {
  const parsed = parseQuoted(stripBom(text), ',');
  const open = parsed.find((row) => row.unterminated);
  return {
    rows: parsed.filter((row) => !row.unterminated && row.fields.some((field) => field.trim() !== '')).map(({ line, fields }) => ({ line, fields })),
    unterminatedAt: open ? open.line : null,
  };
}

/** A file with a header row, read by column name, whichever delimiter it was saved with. */
export interface HeaderedTable {
  /** How the file separates its fields, for messages ("tab-separated", "comma-separated"). */
  separation: 'tab-separated' | 'comma-separated';
  header: TextRow;
  rows: TextRow[];
  /** The line where a quote is left open at the end of a comma-separated file, else null. */
  unterminatedAt: number | null;
  /** The index of a column by its name, spaces and case not counting ("SourceURL" is "SOURCEURL"); undefined if absent. */
  column(name: string): number | undefined;
}

/** The first line that is not blank, without the byte-order mark. */
export function firstLineOf(text: string): string {
  return stripBom(text).split('\n').find((line) => line.trim() !== '')?.replace(/\r$/, '') ?? '';
}

const columnKey = (name: string) => name.trim().toLowerCase();

/**
 * A headered table: tab-separated when its header has a tab (read as event files are written, quotes being
 * ordinary characters unless a row needs them), else comma-separated with RFC 4180 quoting. Undefined when empty.
 */
export function parseHeaderedTable(text: string): HeaderedTable | undefined {
  const tabs = firstLineOf(text).includes('\t');
  const { rows, unterminatedAt } = tabs ? { rows: parseTsv(text), unterminatedAt: null } : parseCsv(text);
  const [header, ...body] = rows;
  if (!header) return undefined;
  const columns = new Map<string, number>();
  header.fields.forEach((name, index) => {
    if (!columns.has(columnKey(name))) columns.set(columnKey(name), index);
  });
  return {
    separation: tabs ? 'tab-separated' : 'comma-separated',
    header,
    rows: body,
    unterminatedAt,
    column: (name) => columns.get(columnKey(name)),
  };
}
