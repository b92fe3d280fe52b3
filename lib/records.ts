import type { Actor, ActorKind } from './schemas/actor';
import type { Citation } from './schemas/citation';
import type { Meeting } from './schemas/meeting';
import type { Tie } from './schemas/tie';
import type { Source } from './schemas/source';
import type { TieType } from './taxonomy';

/**
 * Records as the write API answers them: a record's own fields, as the forms edit them, plus the `version` an
 * edit must name and when it was created and last changed. Links are ids (`subjectId`, `participants`,
 * `citations[].sourceId`), as in the forms; the read API (lib/graph.ts) resolves them into names.
 */
export interface RecordMeta {
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ActorRecord = Actor & RecordMeta;
export type SourceRecord = Source & RecordMeta;
export type CitationRecord = Citation;
export type TieRecord = Tie & RecordMeta;
export type MeetingRecord = Meeting & RecordMeta;

export type RecordKind = 'actor' | 'tie' | 'meeting' | 'source';

/** How many records of each kind a delete tombstoned, or a restore brought back. */
export interface RecordCounts {
  actors: number;
  ties: number;
  meetings: number;
  sources: number;
}

/** A record named in a message: a tie by its actors and type ("Qatar mediates for Hamas"), a meeting by its title. */
export interface NamedRecord {
  id: string;
  title: string;
}

/**
 * `GET /api/actors/:id/deletion`: what deleting the actor would do, so that the first confirmation says it. The
 * meetings it leaves with fewer than two participants go with it; from the others it is only removed.
 */
export interface ActorDeletionPreview {
  ties: NamedRecord[];
  meetingsDeleted: NamedRecord[];
  meetingsLeft: NamedRecord[];
}

/** `DELETE /api/actors/:id`: what was tombstoned, and the meetings the actor was removed from (which stay). */
export interface ActorDeletion {
  deleted: RecordCounts;
  removedFromMeetings: number;
}

/** `import`: created by a bulk import (db/bulk), which writes the same revision a `create` does. */
/** `migrate`: a schema migration changed the record (018 re-typed imported ties by their PLOVER category). */
export type RevisionAction = 'create' | 'update' | 'delete' | 'restore' | 'import' | 'migrate';

/** One entry of `GET /api/<kind>/:id/history`: `before`/`after` are the record's own fields, null where none. */
export interface Revision {
  id: string;
  at: string;
  /** The display name of who made the change, as it was then. */
  editor: string;
  /** Their account's id; null for changes made before accounts existed (and the demo data). */
  editorId: string | null;
  action: RevisionAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One entry of `GET /api/deleted`: actors by `name`, the rest by `title` (a tie's reads "Qatar MEDIATES_FOR Hamas"). */
export type DeletedRecord = {
  id: string;
  deletedAt: string;
  deletedBy: string;
  deletionId: string;
} & ({ kind: 'actor'; name: string } | { kind: 'tie' | 'meeting' | 'source'; title: string });

/** A claim that a source backs, for `GET /api/sources/:id`: one entry per citation. */
export type BackedClaim = { quote: string; credibility: number } & (
  | {
      kind: 'tie';
      id: string;
      type: TieType;
      /** The CAMEO code an imported tie reads by; null otherwise. */
      cameoCode: string | null;
      subject: { id: string; name: string };
      object: { id: string; name: string };
    }
  | { kind: 'meeting'; id: string; title: string; date: string | null }
);

/** `GET /api/sources/:id`. */
export interface SourceProfile {
  source: SourceRecord;
  claims: BackedClaim[];
}

/** `GET /api/actors/similar`: existing actors that may be the one being created; `matchedOn` is their spelling that looks alike. */
export interface SimilarActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  matchedOn: string;
}
