import type { PloverCoding } from '../plover';
import type { Actor } from '../schemas/actor';
import type { Citation } from '../schemas/citation';
import type { RecordCounts } from '../records';
import type { Meeting, ParticipantRole } from '../schemas/meeting';
import type { Tie } from '../schemas/tie';
import { OVERVIEW_LIMIT } from '../schemas/requests';
import type { Source } from '../schemas/source';

/**
 * What every import parser makes of a file, whatever its format: the actors, sources, ties and meetings it
 * holds, each claim with its citations, plus the rows that could not be used and why. Records link to each other
 * by `key`, not by database id: the bulk loader (db/bulk) decides which keys name existing records.
 */

export const IMPORT_FORMATS = ['parley-json', 'parley-csv', 'icews', 'gdelt', 'polecat', 'acled'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What to do with ICEWS's generic sector actors ("Citizen (Iran)", "Police (India)"): keep them, each tied
 * PART_OF its country, or leave their events out.
 */
export const SECTOR_ACTOR_OPTIONS = ['keep', 'skip'] as const;
export type SectorActorOption = (typeof SECTOR_ACTOR_OPTIONS)[number];

export interface SectorEventCounts {
  kept: number;
  skipped: number;
}

export const NO_SECTOR_EVENTS: SectorEventCounts = { kept: 0, skipped: 0 };

/** What the import did as a whole that no row says: how the sectors option was applied. */
export function importNotes({ kept, skipped }: SectorEventCounts): string[] {
  const eventsName = (count: number) => `${count} ${count === 1 ? 'event names' : 'events name'}`;
  return [
    ...(kept > 0 ? [`${eventsName(kept)} generic sector actors (“Citizen (Iran)”): kept as agencies or organisations, each tied PART_OF its country (sectors=keep).`] : []),
    ...(skipped > 0 ? [`${eventsName(skipped)} generic sector actors (“Citizen (Iran)”): left out (sectors=skip).`] : []),
  ];
}

/** The analyst's choices of how a file is read, given as query parameters of the import. */
export interface ImportOptions {
  sectors: SectorActorOption;
  /** Keep CAMEO 01 statements, which PLOVER does not code (as STATEMENT ties), instead of leaving them out. */
  keepStatements: boolean;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = { sectors: 'keep', keepStatements: false };

/**
 * Keys of actors and sources: `id:<id>` when the file gives the record's Parley id (the record may then already
 * exist, or be defined elsewhere in the file), `name:<folded name>` for an event actor, `<format>:…` for a source
 * made from an event's publisher or URL.
 */
export type RecordKey = string;

export const idKey = (id: string): RecordKey => `id:${id}`;

export interface ImportActor extends Omit<Actor, 'id'> {
  key: RecordKey;
  line: number;
  /** The Parley id the file gives; null for event actors, which get a new id unless their name matches one. */
  id: string | null;
}

export interface ImportSource extends Omit<Source, 'id'> {
  key: RecordKey;
  line: number;
  id: string | null;
  /** Stable key of a source made from event data (a publisher, a URL), stored so that a re-import finds it. */
  importKey: string | null;
}

export interface ImportCitation extends Omit<Citation, 'sourceId'> {
  sourceKey: RecordKey;
}

/** The CAMEO event an event-data claim was coded from, kept on the claim. */
export interface CameoEvent {
  code: string;
  label: string;
}

export interface ImportClaim {
  /** The line of the file the claim comes from, for messages. */
  line: number;
  id: string | null;
  /**
   * Stable key of a claim from event data: the key of the event its codings describe (lib/import/reciprocal), or
   * the coding's own `icews:<Event ID>` or `gdelt:<GLOBALEVENTID>` when the data names no report. A re-import matches it.
   */
  importKey: string | null;
  /** The keys of the codings the claim was made from (`icews:<Event ID>`…), kept on it; empty for other claims. */
  eventIds: string[];
  cameo: CameoEvent | null;
  /** The PLOVER coding of an event (its mode and context kept on the claim); null for other claims and kept statements. */
  plover: PloverCoding | null;
  citations: ImportCitation[];
}

export interface ImportTie extends ImportClaim, Omit<Tie, 'id' | 'subjectId' | 'objectId' | 'citations'> {
  subjectKey: RecordKey;
  objectKey: RecordKey;
}

export interface ImportMeeting extends ImportClaim, Omit<Meeting, 'id' | 'participants' | 'citations'> {
  participants: { actorKey: RecordKey; role: ParticipantRole }[];
}

/** A row that is well formed but holds nothing Parley keeps, such as a CAMEO 01 statement left out. */
export interface SkippedRow {
  line: number;
  reason: string;
}

/** A row that is not well formed: a missing name, a bad date, an unknown code. The rest of the file is imported. */
export interface RowError {
  line: number;
  field?: string;
  message: string;
}

export interface ImportBatch {
  format: ImportFormat;
  /** Data rows read (headers and blank lines not counted). */
  rows: number;
  actors: ImportActor[];
  sources: ImportSource[];
  ties: ImportTie[];
  meetings: ImportMeeting[];
  skipped: SkippedRow[];
  errors: RowError[];
  /** Events naming ICEWS generic sector actors, kept or left out as the `sectors` option says: counted, for the notes. */
  sectorEvents: SectorEventCounts;
}

export type ImportCounts = RecordCounts;

/**
 * An actor of the file taken to be one already recorded, by the id the file gives or by a name or alias that is the
 * same once folded ("Ismaïl Haniyé" is Ismail Haniyeh): listed so that no merge goes unseen.
 */
export interface ActorMatch {
  line: number;
  /** The name as the file spells it. */
  name: string;
  id: string;
  /** The recorded actor's own name. */
  existingName: string;
}

/** `POST /api/import`: what was (or, on a dry run, would be) created and matched, and the rows left out. */
export interface ImportResult {
  dryRun: boolean;
  format: ImportFormat;
  rows: number;
  created: ImportCounts;
  matched: ImportCounts;
  /**
   * Codings of the file folded into the claim of another coding of the same event (lib/import/reciprocal): into a
   * claim created from its partner, or added to one recorded before. A coding already on its claim is matched.
   */
  merged: number;
  /** Every actor of the file matched to a recorded one, by line. */
  actorMatches: ActorMatch[];
  /** The actors the import brought in or linked to, for a link to see them (empty on a dry run). */
  imported: ImportedActors;
  skipped: SkippedRow[];
  errors: RowError[];
  notes: string[];
}

export interface ImportedActors {
  /** Their ids in the order the file names them, at most IMPORTED_VIEW_LIMIT. */
  ids: string[];
  total: number;
}

/** At most this many actors go into the link to an import's actors: as many as the overview draws. */
export const IMPORTED_VIEW_LIMIT = OVERVIEW_LIMIT;

/** A file that cannot be read in the format asked for at all (not one bad row): answered 400. */
export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}
