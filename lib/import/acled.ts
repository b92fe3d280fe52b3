import type { PloverCategory, PloverCoding } from '../plover';
import type { ActorKind } from '../schemas/actor';
import { readEventTable } from './event-table';
import { EventBatchBuilder, MAX_QUOTE_LENGTH, isCalendarDay, nameKey, nameProblem, oneActorReason, type CodedEvent } from './events';
import { DEFAULT_IMPORT_OPTIONS, type ImportBatch, type ImportOptions } from './types';

/**
 * ACLED exports (the export tool's CSV, the API's rows): a header row, comma-separated with quoted fields. ACLED
 * codes events in its own types, which Parley reads as PLOVER by the table below. The notes are ACLED's account
 * of the event, so they are the quote; the source column (the publishers ACLED read) is the source. ACLED says
 * actor1 and actor2 imply no direction; Parley takes actor1 as the subject, as ACLED lists the initiator first.
 */
type AcledColumn =
  | 'event_id_cnty'
  | 'event_date'
  | 'event_type'
  | 'sub_event_type'
  | 'actor1'
  | 'actor2'
  | 'inter1'
  | 'inter2'
  | 'notes'
  | 'source'
  | 'country'
  | 'admin1'
  | 'location';

const REQUIRED_COLUMNS: AcledColumn[] = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'notes'];

const coding = (category: PloverCategory, mode: string | null = null): PloverCoding => ({ category, mode, context: null });

/**
 * ACLED's event and sub-event types as PLOVER, modes from PLOVER's own list where the sub-type names one. Null: no
 * PLOVER category says what the sub-type says (a group's internal change, a transfer of territory whose direction
 * PLOVER would reverse), so those events are skipped with that reason rather than typed wrongly.
 */
export const ACLED_TO_PLOVER: Record<string, Record<string, PloverCoding | null>> = {
  Battles: {
    'Armed clash': coding('ASSAULT'),
    'Government regains territory': coding('ASSAULT'),
    'Non-state actor overtakes territory': coding('ASSAULT'),
  },
  'Violence against civilians': {
    Attack: coding('ASSAULT'),
    'Sexual violence': coding('ASSAULT', 'sexual'),
    'Abduction/forced disappearance': coding('ASSAULT', 'abduct'),
  },
  'Explosions/Remote violence': {
    'Chemical weapon': coding('ASSAULT', 'unconventional'),
    'Air/drone strike': coding('ASSAULT', 'heavy-weapons'),
    'Suicide bomb': coding('ASSAULT', 'suicide-attack'),
    'Shelling/artillery/missile attack': coding('ASSAULT', 'heavy-weapons'),
    'Remote explosive/landmine/IED': coding('ASSAULT', 'explosives'),
    Grenade: coding('ASSAULT', 'explosives'),
  },
  Protests: {
    'Peaceful protest': coding('PROTEST', 'demo'),
    'Protest with intervention': coding('PROTEST', 'demo'),
    // Coded with the security forces as actor1: the violence is theirs, against the protesters.
    'Excessive force against protesters': coding('ASSAULT'),
  },
  Riots: {
    'Violent demonstration': coding('PROTEST', 'riot'),
    'Mob violence': coding('ASSAULT'),
  },
  'Strategic developments': {
    Agreement: coding('AGREE'),
    Arrests: coding('COERCE', 'arrest'),
    'Looting/property destruction': coding('COERCE', 'seize'),
    'Disrupted weapons use': coding('COERCE', 'seize'),
    'Headquarters or base established': coding('MOBILIZE', 'troops'),
    'Change to group/activity': null,
    'Non-violent transfer of territory': null,
    Other: null,
  },
};

/** Nobody has graded ACLED's publishers for Parley: F and 6 until an analyst does, as for the machine-coded sets. */
const ACLED_RELIABILITY = 'F';
const ACLED_CREDIBILITY = 6;

export function parseAcled(text: string, options: Pick<ImportOptions, 'keepStatements'> = DEFAULT_IMPORT_OPTIONS): ImportBatch {
  const builder = new EventBatchBuilder('acled', options);
  const { events, rows } = readAcledEvents(text, builder);
  for (const event of events) builder.add(event);
  return builder.build(rows);
}

/** The file's events with their PLOVER coding; bad rows, rows with one actor and unmapped types go to the builder. */
export function readAcledEvents(text: string, builder: EventBatchBuilder): { events: CodedEvent[]; rows: number } {
  const { rows, dataRows } = readEventTable(text, builder, {
    startsWith: 'an ACLED export starts with a header row (event_id_cnty, event_date, …)',
    kind: 'an ACLED export',
    required: REQUIRED_COLUMNS,
  });
  const events: CodedEvent[] = [];
  for (const { line, field } of rows) {
    const event = readEvent(line, field, builder);
    if (event) events.push(event);
  }
  return { events, rows: dataRows };
}

function readEvent(line: number, field: (name: AcledColumn) => string, builder: EventBatchBuilder): CodedEvent | null {
  const sourceName = field('actor1');
  const targetName = field('actor2');
  const oneActor = oneActorReason(sourceName, targetName);
  if (oneActor) {
    builder.skipped.push({ line, reason: oneActor });
    return null;
  }
  const eventType = field('event_type');
  const subEventType = field('sub_event_type');
  const types = ACLED_TO_PLOVER[eventType];
  if (types && types[subEventType] === null) {
    builder.skipped.push({ line, reason: `ACLED “${eventType}: ${subEventType}” has no PLOVER category that says the same` });
    return null;
  }
  const problems = builder.errors.length;
  const date = dayOf(field('event_date'));
  if (!date) builder.error(line, field('event_date') ? `“${field('event_date')}” is not a date as YYYY-MM-DD or “31 July 2024”` : 'The date is missing', 'event_date');
  for (const [column, name] of [['actor1', sourceName], ['actor2', targetName]] as const) {
    const problem = nameProblem(name);
    if (problem) builder.error(line, problem, column);
  }
  const plover = types?.[subEventType];
  if (!types) builder.error(line, eventType ? `“${eventType}” is not an ACLED event type` : 'The event type is missing', 'event_type');
  else if (!plover) builder.error(line, subEventType ? `“${subEventType}” is not a sub-event type of ${eventType}` : 'The sub-event type is missing', 'sub_event_type');
  const quote = field('notes');
  if (quote === '') builder.error(line, 'The notes are empty: every claim needs the words of its source', 'notes');
  if (quote.length > MAX_QUOTE_LENGTH) builder.error(line, `The notes are longer than ${MAX_QUOTE_LENGTH} characters`, 'notes');
  if (builder.errors.length > problems || !plover || !date) return null;

  const eventId = field('event_id_cnty');
  const publisher = field('source');
  const country = field('country');
  const sourceKey = `acled:source:${nameKey(publisher)}`;
  const location = [field('location'), field('admin1'), country].filter(Boolean).join(', ').slice(0, 300);
  return {
    line,
    importKey: `acled:${eventId}`,
    date,
    source: { name: sourceName, kind: guessAcledKind(sourceName, field('inter1'), country) },
    target: { name: targetName, kind: guessAcledKind(targetName, field('inter2'), country) },
    cameo: null,
    plover,
    // ACLED events are compiled from several reports and name no sentence.
    report: null,
    quote,
    credibility: ACLED_CREDIBILITY,
    origin: {
      key: sourceKey,
      id: null,
      importKey: sourceKey,
      title: publisher ? `${publisher} (ACLED event data)` : 'ACLED event data, source not given',
      url: null,
      publisher: publisher || null,
      publishedAt: null,
      language: 'en',
      section: null,
      reliability: ACLED_RELIABILITY,
    },
    location: location || null,
    summary:
      `Coded by ACLED as “${eventType}: ${subEventType}” (PLOVER ${plover.category}${plover.mode ? `, mode ${plover.mode}` : ''}) in event ${eventId || 'without id'}. ` +
      'ACLED’s notes are its own summary of its sources: check them before relying on it.',
  };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED's API writes 2024-07-31, its export tool "31 July 2024"; null for anything else. */
function dayOf(text: string): string | null {
  const spelled = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(text);
  const month = spelled ? MONTHS.indexOf(spelled[2]!.toLowerCase()) + 1 : 0;
  const date = spelled ? `${spelled[3]}-${String(month).padStart(2, '0')}-${spelled[1]!.padStart(2, '0')}` : text;
  return (!spelled || month > 0) && isCalendarDay(date) ? date : null;
}

/**
 * A guess at the kind of a new ACLED actor from its inter code (a number in older exports, a label in newer ones):
 * state forces ("Military Forces of Israel (2022-)", "Police Forces of India") are agencies, a name that is the
 * event's country a state, every other actor (rebels, militias, protesters, civilians, external forces) an organisation.
 */
export function guessAcledKind(name: string, inter: string, country: string): ActorKind {
  if (country && nameKey(name) === nameKey(country)) return 'state';
  if (inter === '1' || /^state forces$/i.test(inter)) return 'agency';
  return 'organization';
}
