import { PLOVER_CATEGORIES, type PloverCategory } from '../plover';
import { readEventTable } from './event-table';
import { EventBatchBuilder, GENERATED_QUOTE_NOTE, MAX_QUOTE_LENGTH, isCalendarDay, nameKey, nameProblem, oneActorReason, type CodedEvent } from './events';
import type { ActorKind } from '../schemas/actor';
import { DEFAULT_IMPORT_OPTIONS, type ImportBatch, type ImportOptions } from './types';

/**
 * POLECAT event files (Harvard Dataverse, 2018–, the successor of ICEWS): tab-separated with a header row, coded
 * in PLOVER rather than CAMEO. Parley reads these of its columns, by name; the others (Intensity, Quad Code, Story
 * People, Wikipedia ids, geocodes, …) are ignored. The public release carries no text (`Source` names the outlet,
 * `Publication Date` its day), so the quote is then generated from the coded event, saying so; files that hold the
 * sentence (`Event Text`, with `Publisher` and `Story ID`) have it quoted.
 */
export const POLECAT_COLUMNS = [
  'Event ID',
  'Event Date',
  'Event Type',
  'Event Mode',
  'Event Text',
  'Contexts',
  'Story ID',
  'Headline',
  'Publisher',
  'Source',
  'Publication Date',
  'Language',
  'Actor Name',
  'Actor Country',
  'Actor Title',
  'Primary Actor Sector',
  'Recipient Name',
  'Recipient Country',
  'Recipient Title',
  'Primary Recipient Sector',
  'Placename',
  'Province',
  'Country',
] as const;
type PolecatColumn = (typeof POLECAT_COLUMNS)[number];

const REQUIRED_COLUMNS: PolecatColumn[] = ['Event ID', 'Event Date', 'Event Type', 'Actor Name', 'Recipient Name'];

/** As for ICEWS: the machine's coding and the publishers are not graded until an analyst does. */
const POLECAT_RELIABILITY = 'F';
const POLECAT_CREDIBILITY = 6;

export function parsePolecat(text: string, options: Pick<ImportOptions, 'keepStatements'> = DEFAULT_IMPORT_OPTIONS): ImportBatch {
  const builder = new EventBatchBuilder('polecat', options);
  const { events, rows } = readPolecatEvents(text, builder);
  for (const event of events) builder.add(event);
  return builder.build(rows);
}

/** The file's events, as the file codes them; bad rows and rows with one actor go to the builder's errors and skipped. */
export function readPolecatEvents(text: string, builder: EventBatchBuilder): { events: CodedEvent[]; rows: number } {
  const { rows, dataRows, has } = readEventTable(text, builder, {
    startsWith: 'a POLECAT file starts with a header row (Event ID, Event Date, Event Type, …)',
    kind: 'a POLECAT event file',
    required: REQUIRED_COLUMNS,
  });
  const events: CodedEvent[] = [];
  for (const { line, field } of rows) {
    const event = readEvent(line, field, has('Event Text'), builder);
    if (event) events.push(event);
  }
  return { events, rows: dataRows };
}

function readEvent(line: number, field: (name: PolecatColumn) => string, hasText: boolean, builder: EventBatchBuilder): CodedEvent | null {
  const sourceName = field('Actor Name');
  const targetName = field('Recipient Name');
  const oneActor = oneActorReason(sourceName, targetName);
  if (oneActor) {
    builder.skipped.push({ line, reason: oneActor });
    return null;
  }
  const problems = builder.errors.length;
  // POLECAT writes dates as YYYY-MM-DD, some releases with a time after them.
  const date = field('Event Date').slice(0, 10);
  if (!isCalendarDay(date)) builder.error(line, date ? `“${field('Event Date')}” is not a date as YYYY-MM-DD` : 'The date is missing', 'Event Date');
  for (const [column, name] of [['Actor Name', sourceName], ['Recipient Name', targetName]] as const) {
    const problem = nameProblem(name);
    if (problem) builder.error(line, problem, column);
  }
  const category = ploverCategoryOf(field('Event Type'));
  if (!category) builder.error(line, field('Event Type') ? `“${field('Event Type')}” is not a PLOVER event type` : 'The event type is missing', 'Event Type');
  const text = field('Event Text');
  if (hasText && text === '') builder.error(line, 'The Event Text is empty: every claim needs the words of its source', 'Event Text');
  if (text.length > MAX_QUOTE_LENGTH) builder.error(line, `The Event Text is longer than ${MAX_QUOTE_LENGTH} characters`, 'Event Text');
  if (builder.errors.length > problems || !category) return null;

  const eventId = field('Event ID');
  const mode = field('Event Mode').toLowerCase() || null;
  const publisher = field('Publisher') || field('Source');
  const describedMode = mode ? `, mode ${mode}` : '';
  const quote = text || `POLECAT event of ${date} (PLOVER ${category}${describedMode}) between ${sourceName} and ${targetName} — ${GENERATED_QUOTE_NOTE}`;
  const sourceKey = `polecat:publisher:${nameKey(publisher)}`;
  const location = [field('Placename'), field('Province'), field('Country')].filter(Boolean).join(', ').slice(0, 300);
  return {
    line,
    importKey: `polecat:${eventId}`,
    date,
    source: { name: sourceName, kind: guessPolecatKind(sourceName, field('Actor Country'), field('Actor Title'), field('Primary Actor Sector')) },
    target: { name: targetName, kind: guessPolecatKind(targetName, field('Recipient Country'), field('Recipient Title'), field('Primary Recipient Sector')) },
    cameo: null,
    plover: { category, mode, context: field('Contexts') || null },
    // POLECAT numbers no sentence within a story: two events of one story need not be one report sentence.
    report: null,
    quote,
    credibility: POLECAT_CREDIBILITY,
    origin: {
      key: sourceKey,
      id: null,
      importKey: sourceKey,
      title: publisher ? `${publisher} (POLECAT event data)` : 'POLECAT event data, publisher not given',
      url: null,
      publisher: publisher || null,
      publishedAt: isCalendarDay(field('Publication Date').slice(0, 10)) ? field('Publication Date').slice(0, 10) : null,
      language: languageOf(field('Language')),
      section: null,
      reliability: POLECAT_RELIABILITY,
    },
    location: location || null,
    summary:
      `Coded by POLECAT as PLOVER ${category}${mode ? ` (mode ${mode})` : ''} in event ${eventId || 'without id'}` +
      (field('Story ID') ? `, story ${field('Story ID')}` : '') +
      (field('Headline') ? ` (“${field('Headline').slice(0, 200)}”)` : '') +
      '. Machine-coded: check the quote before relying on it.',
  };
}

/** The Language column as an ISO 639 code (POLECAT writes `en`, `es`, `ar`…); English when not given, as the coder reads English. */
function languageOf(language: string): string {
  return /^[a-z]{2,3}$/i.test(language) ? language.toLowerCase() : 'en';
}

/** POLECAT writes its types in lower case ("accuse"). */
function ploverCategoryOf(eventType: string): PloverCategory | null {
  const upper = eventType.toUpperCase();
  return PLOVER_CATEGORIES.find((category) => category === upper) ?? null;
}

/**
 * A guess at the kind of a new POLECAT actor: its own country is a state, an actor with a title (President,
 * Minister) a person, an intergovernmental sector an IGO, a government, military or police sector an agency,
 * anything else an organisation. Analysts correct it; an existing actor keeps its own kind.
 */
export function guessPolecatKind(name: string, country: string, title: string, sector: string): ActorKind {
  if (country && nameKey(name) === nameKey(country)) return 'state';
  if (title) return 'person';
  if (/\b(igo|intergovernmental)\b/i.test(sector)) return 'igo';
  if (/\b(gov|government|mil|military|police|cop|legislature|judiciary)\b/i.test(sector)) return 'agency';
  return 'organization';
}
