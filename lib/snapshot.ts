import type { ExportBundle } from './export/bundle';
import type { GraphData } from './graph';
import type { SnapshotInput } from './schemas/snapshot';
import type { ElementRef } from './element-refs';
import { parseViewState } from './view-state';

/** A picture of a view as it was: what it showed (with the citations), where everything stood, and when. */
export interface Snapshot {
  id: string;
  createdAt: string;
  createdBy: string;
  /** The user who took it, who (with admins) may delete it. */
  createdById: string;
  /** The live view's query string (`?a=…`), to open the view as it is now. */
  view: string;
  bundle: ExportBundle;
  positions: SnapshotInput['positions'];
  zoom: number;
  pan: { x: number; y: number };
}

/** One of a user's snapshots, as their account page lists them. */
export interface SnapshotListing {
  id: string;
  createdAt: string;
  title: string;
}

/** A snapshot's title, its first actors by name: "Snapshot: Hamas, Israel, Qatar…". */
export function snapshotTitle(actors: readonly { name: string }[]): string {
  const names = actors.slice(0, 6).map((actor) => actor.name);
  return `Snapshot: ${names.join(', ')}${actors.length > names.length ? '…' : ''}`;
}

export interface SnapshotChanges {
  actorsAdded: string[];
  actorsRemoved: string[];
  tiesAdded: string[];
  tiesRemoved: string[];
  meetingsAdded: string[];
  meetingsRemoved: string[];
}

function difference(before: { id: string }[], after: { id: string }[]): { added: string[]; removed: string[] } {
  const beforeIds = new Set(before.map((item) => item.id));
  const afterIds = new Set(after.map((item) => item.id));
  return {
    added: [...afterIds].filter((id) => !beforeIds.has(id)),
    removed: [...beforeIds].filter((id) => !afterIds.has(id)),
  };
}

/** What the same view shows now that the snapshot did not, and the reverse. */
export function changesSince(snapshot: GraphData, now: GraphData): SnapshotChanges {
  const actors = difference(snapshot.actors, now.actors);
  const ties = difference(snapshot.ties, now.ties);
  const meetings = difference(snapshot.meetings, now.meetings);
  return {
    actorsAdded: actors.added,
    actorsRemoved: actors.removed,
    tiesAdded: ties.added,
    tiesRemoved: ties.removed,
    meetingsAdded: meetings.added,
    meetingsRemoved: meetings.removed,
  };
}

export function countChanges(changes: SnapshotChanges): number {
  return Object.values(changes).reduce((sum, ids) => sum + ids.length, 0);
}

/** What the view had selected when the snapshot was taken (its link keeps it), if the snapshot shows that element. */
export function selectionOf(snapshot: { view: string; bundle: GraphData }): ElementRef | null {
  const { selected } = parseViewState(new URLSearchParams(snapshot.view.replace(/^\?/, ''))).state;
  if (!selected) return null;
  const [kind, id] = selected.split(/:(.*)/) as ['actor' | 'tie' | 'meeting', string];
  const shown = kind === 'actor' ? snapshot.bundle.actors : kind === 'tie' ? snapshot.bundle.ties : snapshot.bundle.meetings;
  return shown.some((element) => element.id === id) ? selected : null;
}
