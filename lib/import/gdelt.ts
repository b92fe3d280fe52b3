import type { ActorKind } from '../schemas/actor';
import { webUrlSchema } from '../schemas/common';
import { describeCameo, lookupCameo } from './cameo';
import { firstLineOf, parseHeaderedTable, parseTsv, type TextRow } from './delimited';
import { hasGdeltHeader } from './detect';
import { EventBatchBuilder, GENERATED_QUOTE_NOTE, cleanField, isCalendarDay, nameProblem, oneActorReason, type CodedEvent, type EventActor } from './events';
import { DEFAULT_IMPORT_OPTIONS, ImportFormatError, type ImportBatch, type ImportOptions } from './types';

/**
 * GDELT event files, in the three shapes analysts have them:
 * - GDELT 2.0 exports (`*.export.CSV`, every 15 minutes since 2015): 61 tab-separated columns, no header, in the
 *   order of the GDELT Event Codebook V2.0;
 * - GDELT 1.0 daily files (`YYYYMMDD.export.CSV`): no header, 58 columns (57 before April 2013, without SOURCEURL),
 *   the 2.0 order less the three ADM2 codes, DATEADDED as YYYYMMDD;
 * - tables with a header row, comma- or tab-separated, as BigQuery exports and the Python and R clients save them:
 *   columns found by name, whatever their order, extra ones ignored.
 * GDELT publishes no text of the article, so the quote of each claim is a description generated from the coded
 * event, and says so.
 */
const READ_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1Type1Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2Type1Code',
  'EventCode',
  'ActionGeo_FullName',
  'DATEADDED',
  'SOURCEURL',
] as const;
type GdeltColumn = (typeof READ_COLUMNS)[number];
type Positions = Partial<Record<GdeltColumn, number>>;

const V2_POSITIONS: Positions = {
  GLOBALEVENTID: 0,
  SQLDATE: 1,
  Actor1Code: 5,
  Actor1Name: 6,
  Actor1CountryCode: 7,
  Actor1KnownGroupCode: 8,
  Actor1Type1Code: 12,
  Actor2Code: 15,
  Actor2Name: 16,
  Actor2CountryCode: 17,
  Actor2KnownGroupCode: 18,
  Actor2Type1Code: 22,
  EventCode: 26,
  ActionGeo_FullName: 52,
  DATEADDED: 59,
  SOURCEURL: 60,
};
/** GDELT 1.0 has no Actor1Geo_ADM2Code, Actor2Geo_ADM2Code nor ActionGeo_ADM2Code: the columns after them come earlier. */
const V1_POSITIONS: Positions = { ...V2_POSITIONS, ActionGeo_FullName: 50, DATEADDED: 56, SOURCEURL: 57 };
const V1_POSITIONS_WITHOUT_URL: Positions = { ...V1_POSITIONS, SOURCEURL: undefined };

/** Headerless layouts by their number of columns. */
const HEADERLESS_LAYOUTS = new Map<number, { name: string; positions: Positions }>([
  [61, { name: 'GDELT 2.0', positions: V2_POSITIONS }],
  [58, { name: 'GDELT 1.0', positions: V1_POSITIONS }],
  [57, { name: 'GDELT 1.0 (before April 2013)', positions: V1_POSITIONS_WITHOUT_URL }],
]);

const REQUIRED_HEADER_COLUMNS: GdeltColumn[] = ['GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor2Name', 'EventCode'];

const GDELT_RELIABILITY = 'F';
const GDELT_CREDIBILITY = 6;

export function parseGdelt(text: string, options: Pick<ImportOptions, 'keepStatements'> = DEFAULT_IMPORT_OPTIONS): ImportBatch {
  const builder = new EventBatchBuilder('gdelt', options);
  const { rows, positions, expectedFields, separation } = hasGdeltHeader(firstLineOf(text)) ? headeredLayout(text, builder) : headerlessLayout(text);
  for (const row of rows) {
    if (row.fields.length !== expectedFields) {
      builder.error(row.line, `${row.fields.length} ${separation} columns instead of ${expectedFields}`);
      continue;
    }
    const field = (name: GdeltColumn) => {
      const index = positions[name];
      return index === undefined ? '' : cleanField(row.fields[index]);
    };
    const event = readEvent(row.line, field, positions.SOURCEURL !== undefined, builder);
    if (event) builder.add(event);
  }
  return builder.build(rows.length);
}

interface Layout {
  rows: TextRow[];
  positions: Positions;
  expectedFields: number;
  separation: string;
}

function headeredLayout(text: string, builder: EventBatchBuilder): Layout {
  const table = parseHeaderedTable(text)!;
  const missing = REQUIRED_HEADER_COLUMNS.filter((name) => table.column(name) === undefined);
  if (missing.length > 0) {
    throw new ImportFormatError(`This GDELT file’s header (line ${table.header.line}) lacks ${missing.map((name) => `“${name}”`).join(', ')}.`);
  }
  if (table.unterminatedAt !== null) builder.error(table.unterminatedAt, 'A quoted field is not closed before the end of the file');
  const positions = Object.fromEntries(READ_COLUMNS.map((name) => [name, table.column(name)]).filter(([, index]) => index !== undefined));
  return { rows: table.rows, positions, expectedFields: table.header.fields.length, separation: table.separation };
}

/** The layout is the one of the first row that has a known number of columns; other rows are reported one by one. */
function headerlessLayout(text: string): Layout {
  const rows = parseTsv(text);
  const expectedFields = rows.map((row) => row.fields.length).find((count) => HEADERLESS_LAYOUTS.has(count));
  if (expectedFields === undefined) {
    throw new ImportFormatError(
      `This is not a GDELT events file: no row has 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns (the first has ${rows[0]?.fields.length ?? 0}), ` +
        'and the first line is not a header naming GLOBALEVENTID. (An ICEWS file has a header row with “Event ID”.)',
    );
  }
  // A row with quotes is read again with quoting when it has the wrong count, as parseTsv does for a known count.
  return { rows: parseTsv(text, expectedFields), positions: HEADERLESS_LAYOUTS.get(expectedFields)!.positions, expectedFields, separation: 'tab-separated' };
}

/** Events of GDELT 1.0 before April 2013 name no article: they cite the data set itself. */
const NO_URL_SOURCE_KEY = 'gdelt:dataset';

function readEvent(line: number, field: (name: GdeltColumn) => string, hasUrlColumn: boolean, builder: EventBatchBuilder): CodedEvent | null {
  const oneActor = oneActorReason(field('Actor1Name'), field('Actor2Name'));
  if (oneActor) {
    builder.skipped.push({ line, reason: oneActor });
    return null;
  }
  const problems = builder.errors.length;
  const eventId = field('GLOBALEVENTID');
  if (!/^\d+$/.test(eventId)) builder.error(line, eventId ? `“${eventId}” is not a GDELT event id` : 'The event id is missing', 'GLOBALEVENTID');
  const date = dayOf(field('SQLDATE'));
  if (!date) builder.error(line, `“${field('SQLDATE')}” is not a date as YYYYMMDD`, 'SQLDATE');
  for (const column of ['Actor1Name', 'Actor2Name'] as const) {
    const problem = nameProblem(field(column));
    if (problem) builder.error(line, problem, column);
  }
  const cameo = lookupCameo(field('EventCode'));
  if (!cameo) builder.error(line, field('EventCode') ? `“${field('EventCode')}” is not a CAMEO code` : 'The event code is missing', 'EventCode');
  const url = field('SOURCEURL');
  if (hasUrlColumn && !webUrlSchema.safeParse(url).success) {
    builder.error(line, url ? `“${url.slice(0, 80)}” is not an http:// or https:// address` : 'The source URL is missing', 'SOURCEURL');
  }
  if (builder.errors.length > problems || !cameo || !date) return null;

  const source = actorOf(field, 1);
  const target = actorOf(field, 2);
  const key = hasUrlColumn ? `gdelt:url:${url}` : NO_URL_SOURCE_KEY;
  return {
    line,
    importKey: `gdelt:${eventId}`,
    date,
    source,
    target,
    cameo,
    plover: null,
    report: hasUrlColumn ? key : null,
    quote: `GDELT event of ${date} (${describeCameo(cameo)}) between ${source.name} and ${target.name} — ${GENERATED_QUOTE_NOTE}`,
    credibility: GDELT_CREDIBILITY,
    origin: {
      key,
      id: null,
      importKey: key,
      title: hasUrlColumn ? titleOfUrl(url) : 'GDELT 1.0 event data (before April 2013, no article address)',
      url: hasUrlColumn ? url : null,
      publisher: hasUrlColumn ? new URL(url).hostname.replace(/^www\./, '') : 'The GDELT Project',
      publishedAt: dayOf(field('DATEADDED').slice(0, 8)),
      // GDELT reads news in 65 languages and does not say which one an article was in.
      language: 'und',
      section: null,
      reliability: GDELT_RELIABILITY,
    },
    location: field('ActionGeo_FullName').slice(0, 300) || null,
    summary:
      `GDELT event ${eventId}, coded as CAMEO ${cameo.code} (${cameo.label}) from ${hasUrlColumn ? 'the article at the source’s address' : 'an article GDELT 1.0 does not name'}. ` +
      'GDELT publishes no text: the quote is a description generated from the coded event, not the article’s words.',
  };
}

/** 20240731 -> 2024-07-31; null when it is not a calendar day. */
function dayOf(compact: string): string | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const date = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  return isCalendarDay(date) ? date : null;
}

/** "example.org/news/2024/talks": the address without its scheme, which says enough to tell articles apart. */
function titleOfUrl(url: string): string {
  const { hostname, pathname } = new URL(url);
  return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`.slice(0, 300);
}

/** GDELT writes names in capitals: "UNITED STATES" reads "United States" (matching ignores case anyway). */
function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'"(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const AGENCY_TYPES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * A guess at the kind of a new GDELT actor from its CAMEO actor codes: type IGO is an IGO; a code that is only a
 * country code (USA) a state; government, military, police, intelligence, judicial and legislative types an
 * agency; every other type (rebels, parties, businesses, media…) or a known group an organisation. GDELT has no
 * type for people, so persons come in as organisations for an analyst to correct.
 */
export function guessGdeltKind(code: string, countryCode: string, knownGroup: string, type: string): ActorKind {
  if (type === 'IGO') return 'igo';
  if (knownGroup) return 'organization';
  if (countryCode && code === countryCode) return 'state';
  if (AGENCY_TYPES.has(type)) return 'agency';
  return 'organization';
}

function actorOf(field: (name: GdeltColumn) => string, which: 1 | 2): EventActor {
  const name = field(which === 1 ? 'Actor1Name' : 'Actor2Name');
  const kind =
    which === 1
      ? guessGdeltKind(field('Actor1Code'), field('Actor1CountryCode'), field('Actor1KnownGroupCode'), field('Actor1Type1Code'))
      : guessGdeltKind(field('Actor2Code'), field('Actor2CountryCode'), field('Actor2KnownGroupCode'), field('Actor2Type1Code'));
  return { name: displayName(name), kind };
}
