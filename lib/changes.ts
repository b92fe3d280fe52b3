import { z } from 'zod';
import type { RecordKind } from './records';

/**
 * "What changed since": the records added, edited or deleted after a moment (record time, from revisions and
 * imports), listed in the Changes tab and marked on the canvas. The moment is a day (`2024-07-01`, from its start,
 * UTC) or an instant (`2025-01-05T10:22:33.123Z`, the last visit as the browser remembers it).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day or an ISO 8601 instant, as a link carries it; `changesSince` reads it as the instant revisions compare with. */
export const sinceSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'A day as YYYY-MM-DD or a moment as 2025-01-05T10:22:00Z',
});

/** The instant a `since` means, as revisions write theirs (`toISOString`), so that the two compare as strings. */
export function changesSince(since: string): string {
  return DAY.test(since) ? `${since}T00:00:00.000Z` : new Date(since).toISOString();
}

/** The most changes one answer lists; the rest are counted ("and N more"). */
export const CHANGES_LIMIT_MAX = 200;

export const changesParamsSchema = z.object({
  since: sinceSchema,
  limit: z.coerce.number().int().min(1, 'At least 1').max(CHANGES_LIMIT_MAX, `At most ${CHANGES_LIMIT_MAX}`).default(50),
});

/** What happened to a record since the moment, in one word: created then edited is still `added`. */
export type ChangeKind = 'added' | 'edited' | 'deleted';

export interface ChangedRecord {
  kind: Exclude<RecordKind, 'source'>;
  id: string;
  /** An actor's name, a tie as "Qatar mediates for Hamas", a meeting's title. */
  title: string;
  change: ChangeKind;
  /** The latest change since the moment. */
  at: string;
  /** Who made the changes, in the order of their first one. */
  editors: string[];
  /** The actors to show it with: the actor itself, a tie's two ends, a meeting's participants. */
  actorIds: string[];
}

/** `GET /api/changes?since=&limit=`: the latest first. */
export interface ChangesSince {
  since: string;
  changes: ChangedRecord[];
  /** How many changed records there are in all; more than `changes.length` when the limit cut the list. */
  total: number;
}

/** The revisions of one record since the moment, oldest first, and whether it is deleted now. */
export interface RecordRevisions {
  actions: string[];
  deletedNow: boolean;
}

/** Deleted since and still deleted: deleted; else created since (by a form or an import): added; else edited. */
export function changeOf({ actions, deletedNow }: RecordRevisions): ChangeKind {
  if (deletedNow && actions.includes('delete')) return 'deleted';
  if (actions.includes('create') || actions.includes('import')) return 'added';
  return 'edited';
}

/** Drawn elements changed since the moment, by canvas id, in a picture asked for with `since`. */
export type ChangeMarks = Record<string, Exclude<ChangeKind, 'deleted'>>;

export const CHANGE_LABELS: Record<ChangeKind, string> = { added: 'Added', edited: 'Edited', deleted: 'Deleted' };

/**
 * Visits of the explorer as the browser remembers them: when this one started, when it was last seen open, and
 * when the one before started ("since my last visit"). A reload within VISIT_GAP_MS is the same visit.
 */
export interface Visits {
  started: string;
  seen: string;
  previous: string | null;
}

export const VISIT_GAP_MS = 30 * 60_000;

/** The visits after opening the explorer at `now`, from what was stored (anything unreadable counts as nothing). */
export function nextVisits(stored: unknown, now: Date): Visits {
  const at = now.toISOString();
  const known = stored as Partial<Visits> | null;
  const valid = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
  if (!known || !valid(known.started) || !valid(known.seen)) return { started: at, seen: at, previous: null };
  if (now.getTime() - Date.parse(known.seen) < VISIT_GAP_MS) return { started: known.started, seen: at, previous: valid(known.previous) ? known.previous : null };
  return { started: at, seen: at, previous: known.started };
}
