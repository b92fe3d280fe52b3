import type { ActorKind } from '../schemas/actor';
import { partialDateSchema, unreadableTextProblem } from '../schemas/common';
import type { PloverCoding } from '../plover';
import { foldName } from '../search';
import { ClaimsByEvent, eventKeyOf } from './reciprocal';
import { mapEvent } from './cameo';
import { DEFAULT_IMPORT_OPTIONS, NO_SECTOR_EVENTS, type SectorEventCounts, type CameoEvent, type ImportActor, type ImportBatch, type ImportFormat, type ImportMeeting, type ImportOptions, type ImportTie, type ImportSource, type RowError, type SkippedRow } from './types';

/**
 * Event data (ICEWS, GDELT) as sourced claims: each coded event between two actors becomes a tie typed by its PLOVER
 * category (lib/import/cameo.ts) or a meeting
 * citing the publisher or article it was coded from. The format parsers read their columns into a CodedEvent;
 * this module turns events into records, one actor per spelling and one source per publisher or URL.
 */

export interface EventActor {
  name: string;
  /** A guess from the event data, used only when the actor is new (an existing one keeps its own). */
  kind: ActorKind;
}

export interface CodedEvent {
  line: number;
  importKey: string;
  date: string;
  source: EventActor;
  target: EventActor;
  /** The CAMEO code the event was coded with; null for data coded in PLOVER only (POLECAT) or in its own types (ACLED). */
  cameo: CameoEvent | null;
  /** The PLOVER coding the file itself gives (POLECAT, ACLED mapped); null when it is derived from the CAMEO code. */
  plover: PloverCoding | null;
  /**
   * The report sentence the event was coded from, when the data names it (ICEWS: Story ID and Sentence Number;
   * GDELT: the SOURCEURL): reciprocal codings of one event share it.
   */
  report: string | null;
  quote: string;
  /** Admiralty credibility of the information (1–6). */
  credibility: number;
  origin: Omit<ImportSource, 'line'>;
  location: string | null;
  summary: string;
}

/** Machine-coded events are claims of low confidence until an analyst checks them. */
const EVENT_CONFIDENCE = 'low';

const MAX_NAME_LENGTH = 300;
export const MAX_QUOTE_LENGTH = 5000;

/** Said in every quote Parley writes for data that publishes no text (GDELT, POLECAT's public release). */
export const GENERATED_QUOTE_NOTE = 'generated from the coded event, not a verbatim quote';
const MAX_TITLE_LENGTH = 300;

/**
 * A pure function of a string, remembered: an event file names the same few thousand actors and days over and
 * over, and folding or checking each again was a tenth of a million-event import's time. Forgets all at `limit`
 * entries, so that a file of ever new names cannot grow it without bound.
 */
function remembered<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(text);
      known.set(text, value);
    }
    return value;
  };
}

/** How names are compared when matching: accents, case and runs of spaces do not count ("MİT" = "mit"). */
export const nameKey = remembered((name) => foldName(name).replace(/\s+/g, ' ').trim());

function actorKeyOfName(name: string): string {
  return `name:${nameKey(name)}`;
}

/** An event field as found: spaces trimmed, and the placeholders data sets write for "none" read as empty. */
export function cleanField(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^(null|none|nan|n\/a)$/i.test(text) ? '' : text;
}

export const isCalendarDay = remembered((date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && partialDateSchema.safeParse(date).success);

/** Checks of a name shared by both formats; the message, or null when the name is usable. */
export function nameProblem(name: string): string | null {
  if (name === '') return 'The actor’s name is empty';
  if (name.length > MAX_NAME_LENGTH) return `The actor’s name is longer than ${MAX_NAME_LENGTH} characters`;
  const unreadable = unreadableTextProblem(name);
  return unreadable && `The actor’s name is refused: ${unreadable}`;
}

/**
 * Why an event is skipped for naming one actor only (event data codes "protesters gathered" with no target),
 * or null when it names both: a tie or a meeting needs two.
 */
export function oneActorReason(sourceName: string, targetName: string): string | null {
  if (sourceName === '' && targetName === '') return 'The event names no actor';
  if (targetName === '') return `The event has one actor only (${sourceName}): no target`;
  if (sourceName === '') return `The event has one actor only (${targetName}): no source`;
  return null;
}

/** A tie the event data implies about an actor rather than reports as an event (an ICEWS sector actor is part of its country). */
export interface ImpliedTie {
  line: number;
  importKey: string;
  part: EventActor;
  whole: EventActor;
  /** The event whose words and source the tie cites. */
  event: CodedEvent;
  summary: string;
}

export class EventBatchBuilder {
  private readonly actors = new Map<string, ImportActor>();
  private readonly sources = new Map<string, ImportSource>();
  /** Claims by the event they describe, so that the codings of one event make one claim (./reciprocal). */
  private readonly ties = new ClaimsByEvent<ImportTie>();
  private readonly meetings = new ClaimsByEvent<ImportMeeting>();
  readonly skipped: SkippedRow[] = [];
  readonly errors: RowError[] = [];
  /** What the import did as a whole that no row says (an option's effect), for the report. */
  readonly sectorEvents: SectorEventCounts = { ...NO_SECTOR_EVENTS };
  private readonly impliedTieKeys = new Set<string>();

  constructor(
    private readonly format: ImportFormat,
    private readonly options: Pick<ImportOptions, 'keepStatements'> = DEFAULT_IMPORT_OPTIONS,
  ) {}

  error(line: number, message: string, field?: string): void {
    this.errors.push(field === undefined ? { line, message } : { line, field, message });
  }

  add(event: CodedEvent): void {
    const mapping = mapEvent(event.cameo, event.plover, this.options);
    if (mapping.kind === 'none') {
      this.skipped.push({ line: event.line, reason: mapping.reason });
      return;
    }
    const subjectKey = actorKeyOfName(event.source.name);
    const objectKey = actorKeyOfName(event.target.name);
    if (subjectKey === objectKey) {
      this.skipped.push({ line: event.line, reason: `The source and the target are the same actor (${event.source.name})` });
      return;
    }
    this.addActor(subjectKey, event.source, event.line);
    this.addActor(objectKey, event.target, event.line);
    const sourceKey = event.origin.key;
    if (!this.sources.has(sourceKey)) this.sources.set(sourceKey, { ...event.origin, line: event.line });
    const importKey = eventKeyOf({ format: this.format, codingKey: event.importKey, report: event.report, date: event.date, code: event.cameo?.code ?? '', subjectKey, objectKey });
    const citations = [{ sourceKey, quote: event.quote, credibility: event.credibility }];
    // Each claim is written out whole: a spread of the fields ties and meetings share was a quarter of the parse's
    // time (V8 copied the spread object on a slow path, about 10 µs per event).
    if (mapping.kind === 'tie') {
      this.ties.add({
        line: event.line,
        id: null,
        importKey,
        eventIds: [event.importKey],
        summary: event.summary,
        cameo: event.cameo,
        plover: mapping.plover,
        citations,
        type: mapping.type,
        subjectKey,
        objectKey,
        since: event.date,
        until: event.date,
        confidence: EVENT_CONFIDENCE,
      });
    } else {
      this.meetings.add({
        line: event.line,
        id: null,
        importKey,
        eventIds: [event.importKey],
        summary: event.summary,
        cameo: event.cameo,
        plover: mapping.plover,
        citations,
        title: `${event.source.name} and ${event.target.name}: ${event.cameo?.label ?? 'consultation'}`.slice(0, MAX_TITLE_LENGTH),
        kind: mapping.meetingKind,
        date: event.date,
        location: event.location,
        participants: [
          { actorKey: subjectKey, role: mapping.sourceRole },
          { actorKey: objectKey, role: mapping.targetRole },
        ],
      });
    }
  }

  /** A PART_OF tie, once per import key: a re-import, or another event naming the same part, adds nothing. */
  addPartOf(tie: ImpliedTie): void {
    if (this.impliedTieKeys.has(tie.importKey)) return;
    this.impliedTieKeys.add(tie.importKey);
    const subjectKey = actorKeyOfName(tie.part.name);
    const objectKey = actorKeyOfName(tie.whole.name);
    this.addActor(subjectKey, tie.part, tie.line);
    this.addActor(objectKey, tie.whole, tie.line);
    const { origin, quote, credibility } = tie.event;
    if (!this.sources.has(origin.key)) this.sources.set(origin.key, { ...origin, line: tie.line });
    this.ties.add({
      line: tie.line,
      id: null,
      importKey: tie.importKey,
      eventIds: [],
      plover: null,
      summary: tie.summary,
      cameo: null,
      citations: [{ sourceKey: origin.key, quote, credibility }],
      type: 'PART_OF',
      subjectKey,
      objectKey,
      since: null,
      until: null,
      confidence: EVENT_CONFIDENCE,
    });
  }

  /** The first spelling met names a new actor; later spellings that fold the same are the same actor. */
  private addActor(key: string, actor: EventActor, line: number): void {
    if (this.actors.has(key)) return;
    this.actors.set(key, {
      key,
      line,
      id: null,
      name: actor.name,
      kind: actor.kind,
      aliases: [],
      description: '',
      country: null,
      wikidataId: null,
    });
  }

  build(rows: number): ImportBatch {
    return {
      format: this.format,
      rows,
      actors: [...this.actors.values()],
      sources: [...this.sources.values()],
      ties: this.ties.claims(),
      meetings: this.meetings.claims(),
      skipped: this.skipped,
      errors: this.errors,
      sectorEvents: this.sectorEvents,
    };
  }
}
