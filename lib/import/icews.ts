import { createHash } from 'node:crypto';
import type { ActorKind } from '../schemas/actor';
import { lookupCameo } from './cameo';
import { readEventTable } from './event-table';
import { EventBatchBuilder, MAX_QUOTE_LENGTH, isCalendarDay, nameKey, nameProblem, oneActorReason, type CodedEvent, type EventActor } from './events';
import { DEFAULT_IMPORT_OPTIONS, type ImportBatch, type ImportOptions } from './types';

/**
 * ICEWS event files (Harvard Dataverse, 1995–): a header row with these names, one coded sentence per row,
 * tab-separated as the Dataverse `.tab` files are, or comma-separated with quoted fields as a spreadsheet or
 * pandas saves them. The Event Text is the sentence the event was coded from, in English, so it is the quote;
 * the Publisher is the source.
 */
export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;
type IcewsColumn = (typeof ICEWS_COLUMNS)[number];

const REQUIRED_COLUMNS: IcewsColumn[] = ['Event ID', 'Event Date', 'Source Name', 'Event Text', 'CAMEO Code', 'Target Name', 'Publisher'];

/** Nobody has graded the publishers of ICEWS, nor checked the machine's coding: F and 6 until an analyst does. */
const ICEWS_RELIABILITY = 'F';
const ICEWS_CREDIBILITY = 6;

export function parseIcews(text: string, options: ImportOptions = DEFAULT_IMPORT_OPTIONS): ImportBatch {
  const builder = new EventBatchBuilder('icews', options);
  const { rows, dataRows } = readEventTable(text, builder, {
    startsWith: 'an ICEWS file starts with a header row (Event ID, Event Date, …)',
    kind: 'an ICEWS event file',
    required: REQUIRED_COLUMNS,
    hint: 'ICEWS files are tab- or comma-separated with the header Event ID, Event Date, Source Name, ….',
  });
  for (const row of rows) {
    const { field } = row;
    const event = readEvent(row.line, field, builder);
    if (!event) continue;
    const sectorActors = [sectorActorOf(event.source, field('Source Country')), sectorActorOf(event.target, field('Target Country'))].filter(
      (sector) => sector !== null,
    );
    if (sectorActors.length > 0 && options.sectors === 'skip') {
      builder.sectorEvents.skipped += 1;
      builder.skipped.push({ line: row.line, reason: `The event names a generic sector actor (${sectorActors.map((sector) => sector.part.name).join(', ')}), left out as asked (sectors=skip)` });
      continue;
    }
    const skippedBefore = builder.skipped.length;
    builder.add(event);
    // A sector actor is tied to its country only when an event of it is kept: the tie cites that event.
    if (builder.skipped.length > skippedBefore) continue;
    if (sectorActors.length > 0) builder.sectorEvents.kept += 1;
    for (const sector of sectorActors) {
      builder.addPartOf({
        line: row.line,
        importKey: `icews:part-of:${nameKey(sector.part.name)}`,
        part: sector.part,
        whole: sector.whole,
        event,
        summary: `ICEWS names “${sector.part.name}” a generic sector actor of ${sector.whole.name}, in event ${field('Event ID') || 'without id'}.`,
      });
    }
  }
  return builder.build(dataRows);
}

/**
 * ICEWS's generic actors are a sector and the country it belongs to, "Police (India)": the name in brackets is
 * the actor's country as its Country column gives it, which tells them from names that merely hold brackets.
 */
function sectorActorOf(actor: EventActor, country: string): { part: EventActor; whole: EventActor } | null {
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(actor.name);
  if (!match || !country || nameKey(match[2]!) !== nameKey(country)) return null;
  return { part: actor, whole: { name: match[2]!.trim(), kind: 'state' } };
}

/** One row as an event, or null after reporting what is wrong with it (every problem of the row, not just the first). */
function readEvent(line: number, field: (name: IcewsColumn) => string, builder: EventBatchBuilder): CodedEvent | null {
  const problems = builder.errors.length;
  const date = field('Event Date').replace(/\//g, '-');
  if (!isCalendarDay(date)) builder.error(line, date ? `“${date}” is not a date as YYYY-MM-DD` : 'The date is missing', 'Event Date');
  const sourceName = field('Source Name');
  const targetName = field('Target Name');
  const oneActor = oneActorReason(sourceName, targetName);
  if (oneActor) {
    builder.skipped.push({ line, reason: oneActor });
    return null;
  }
  for (const [column, name] of [['Source Name', sourceName], ['Target Name', targetName]] as const) {
    const problem = nameProblem(name);
    if (problem) builder.error(line, problem, column);
  }
  const rawCode = field('CAMEO Code');
  const cameo = lookupCameo(rawCode);
  if (!cameo) builder.error(line, rawCode ? `“${rawCode}” is not a CAMEO code` : 'The CAMEO code is missing', 'CAMEO Code');
  const quote = field('Event Text');
  if (quote === '') builder.error(line, 'The Event Text is empty: every claim needs the words of its source', 'Event Text');
  if (quote.length > MAX_QUOTE_LENGTH) builder.error(line, `The Event Text is longer than ${MAX_QUOTE_LENGTH} characters`, 'Event Text');
  if (builder.errors.length > problems || !cameo) return null;

  const eventId = field('Event ID');
  const publisher = field('Publisher');
  const location = [field('City'), field('District'), field('Province'), field('Country')].filter(Boolean).join(', ').slice(0, 300);
  const sourceKey = `icews:publisher:${nameKey(publisher)}`;
  return {
    line,
    // Without an Event ID, the event is known by what it says: the same row imported again matches.
    importKey: `icews:${eventId || hashOf(date, sourceName, rawCode, targetName, publisher, quote)}`,
    date,
    source: { name: sourceName, kind: guessIcewsKind(sourceName, field('Source Sectors'), field('Source Country')) },
    target: { name: targetName, kind: guessIcewsKind(targetName, field('Target Sectors'), field('Target Country')) },
    cameo,
    plover: null,
    report: field('Story ID') ? `icews:story:${field('Story ID')}:${field('Sentence Number')}` : null,
    quote,
    credibility: ICEWS_CREDIBILITY,
    origin: {
      key: sourceKey,
      id: null,
      importKey: sourceKey,
      title: publisher ? `${publisher} (ICEWS event data)` : 'ICEWS event data, publisher not given',
      url: null,
      publisher: publisher || null,
      publishedAt: null,
      language: 'en',
      section: null,
      reliability: ICEWS_RELIABILITY,
    },
    location: location || null,
    summary:
      `Coded by ICEWS as CAMEO ${cameo.code} (${cameo.label}) in event ${eventId || 'without id'}` +
      (field('Story ID') ? `, story ${field('Story ID')}, sentence ${field('Sentence Number') || '?'}` : '') +
      (field('Intensity') ? `; intensity ${field('Intensity')}` : '') +
      '. Machine-coded: check the quote before relying on it.',
  };
}

function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** Words that say a name is a body rather than a person. */
const BODY_WORDS =
  /\b(party|ministry|council|union|bank|court|army|police|committee|organi[sz]ation|agency|government|front|movement|association|news|media|forces|brigades?|group|company|corporation|university|church|assembly|parliament|office|department|authority|league|nations)\b/i;

/**
 * A guess at the kind of a new ICEWS actor, from its name and sectors: a name that is its own country is a state;
 * an intergovernmental sector an IGO; "Police (Egypt)" and the like (ICEWS's sector actors) an agency when armed
 * or governmental, else an organisation; a short capitalised name with elite or government sectors a person;
 * anything else an organisation. Analysts correct it; an existing actor keeps its own kind.
 */
export function guessIcewsKind(name: string, sectors: string, country: string): ActorKind {
  if (country && nameKey(name) === nameKey(country)) return 'state';
  if (/intergovernmental|international government/i.test(sectors)) return 'igo';
  if (name.includes('(')) return /police|military|army|armed|intelligence|ministry|government|security/i.test(name) ? 'agency' : 'organization';
  const words = name.split(/\s+/);
  const looksLikePersonName = words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && !BODY_WORDS.test(name);
  if (looksLikePersonName && /elite|executive|head of|cabinet|legislat|government|party|activist|citizen/i.test(sectors)) return 'person';
  return 'organization';
}
