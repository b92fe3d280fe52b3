import type { RecordKind } from '@/lib/records';
import type { ElementRef } from '@/lib/element-refs';
import type { PickedActor } from './ActorPicker';

/** What an authoring dialog is open for. */
export type AuthoringTask =
  | { kind: 'new-actor' }
  | { kind: 'edit-actor'; id: string }
  | { kind: 'new-tie'; subject?: PickedActor }
  | { kind: 'edit-tie'; id: string }
  | { kind: 'new-meeting' }
  | { kind: 'edit-meeting'; id: string }
  | { kind: 'add-citation'; record: 'tie' | 'meeting'; id: string; name: string }
  | { kind: 'delete'; record: 'actor' | 'tie' | 'meeting'; id: string; name: string; version: number }
  | { kind: 'history'; record: RecordKind; id: string; name: string };

/** What the explorer does once a dialog is done: show a record (adding its actors), or forget a deleted one. */
export type AuthoringOutcome = { kind: 'show'; select: ElementRef; actorIds: string[] } | { kind: 'deleted'; ref: ElementRef };
