import type { ActorKind } from '../schemas/actor';
import { webUrlSchema } from '../schemas/common';
import { describeCameo, lookupCameo } from './cameo';
import { parseTsv } from './delimited';
import { DEFAULT_MAPPING, type MappingOptions } from './cameo';
import { EventBatchBuilder, cleanField, isCalendarDay, nameProblem, type CodedEvent, type EventActor } from './events';
import { ImportFormatError, type ImportBatch } from './types';

/**
 * GDELT 2.0 event exports (`*.export.CSV`, every 15 minutes since 2015): 61 tab-separated columns, no header,
 * in the order of the GDELT Event Codebook V2.0. GDELT publishes no text of the article, so the quote of each
 * claim is a description generated from the coded event, and says so.
 */
const GDELT_COLUMN_COUNT = 61;
const COLUMN = {
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
} as const;
type GdeltColumn = keyof typeof COLUMN;

const GDELT_RELIABILITY = 'F';
const GDELT_CREDIBILITY = 6;
/** What every generated quote ends with, so that nobody takes it for the article's words. */
export const GENERATED_QUOTE_NOTE = 'generated from the coded event, not a verbatim quote';

export function parseGdelt(text: string, options: MappingOptions = DEFAULT_MAPPING): ImportBatch {
  const rows = parseTsv(text, GDELT_COLUMN_COUNT);
  // Some bad rows are reported one by one; a file in which no row has the 61 columns is another format.
  const first = rows[0];
  if (first && !rows.some((row) => row.fields.length === GDELT_COLUMN_COUNT)) {
    throw new ImportFormatError(
      `This is not a GDELT 2.0 events export: no row has ${GDELT_COLUMN_COUNT} tab-separated columns (the first has ${first.fields.length}). ` +
        '(GDELT 1.0 daily files have 57 or 58; an ICEWS file has a header row.)',
    );
  }
  const builder = new EventBatchBuilder('gdelt', options);
  for (const row of rows) {
    if (row.fields.length !== GDELT_COLUMN_COUNT) {
      builder.error(row.line, `${row.fields.length} tab-separated columns instead of ${GDELT_COLUMN_COUNT}`);
      continue;
    }
    const field = (name: GdeltColumn) => cleanField(row.fields[COLUMN[name]]);
    const event = readEvent(row.line, field, builder);
    if (event) builder.add(event);
  }
  return builder.build(rows.length);
}

function readEvent(line: number, field: (name: GdeltColumn) => string, builder: EventBatchBuilder): CodedEvent | null {
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
  if (!webUrlSchema.safeParse(url).success) builder.error(line, url ? `“${url.slice(0, 80)}” is not an http:// or https:// address` : 'The source URL is missing', 'SOURCEURL');
  if (builder.errors.length > problems || !cameo || !date) return null;

  const source = actorOf(field, 1);
  const target = actorOf(field, 2);
  const key = `gdelt:url:${url}`;
  return {
    line,
    importKey: `gdelt:${eventId}`,
    date,
    source,
    target,
    cameo,
    plover: null,
    report: key,
    quote: `GDELT event of ${date} (${describeCameo(cameo)}) between ${source.name} and ${target.name} — ${GENERATED_QUOTE_NOTE}`,
    credibility: GDELT_CREDIBILITY,
    origin: {
      key,
      id: null,
      importKey: key,
      title: titleOfUrl(url),
      url,
      publisher: new URL(url).hostname.replace(/^www\./, ''),
      publishedAt: dayOf(field('DATEADDED').slice(0, 8)),
      // GDELT reads news in 65 languages and does not say which one an article was in.
      language: 'und',
      section: null,
      reliability: GDELT_RELIABILITY,
    },
    location: field('ActionGeo_FullName').slice(0, 300) || null,
    summary:
      `GDELT event ${eventId}, coded as CAMEO ${cameo.code} (${cameo.label}) from the article at the source's address. ` +
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
