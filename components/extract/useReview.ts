'use client';

import { useReducer } from 'react';
import type { Extraction } from '@/lib/extract/extract';
import {
  reviewItemsOf,
  type ActorKey,
  type ClaimDraft,
  type NewActorDraft,
  type ReviewItem,
} from '@/lib/extract/review';
import type { TextSpan } from '@/lib/extract/sentences';
import type { ActorKind } from '@/lib/schemas/actor';

/** An actor the review can name: its name and kind, for the recorded, the new and the ones picked by search. */
export interface NamedActor {
  name: string;
  kind: ActorKind | null;
}

/** What was written by one acceptance, for the summary. */
export interface WrittenBatch {
  id: number;
  source: { id: string; title: string; created: boolean };
  actors: { id: string; name: string }[];
  items: { itemId: string; kind: 'tie' | 'meeting'; id: string; label: string; actorIds: string[] }[];
}

export interface ReviewState {
  text: string;
  extraction: Extraction;
  items: ReviewItem[];
  newActors: NewActorDraft[];
  names: Record<ActorKey, NamedActor>;
  /** New actors an acceptance created, by key: later acceptances name them by id. */
  created: Record<ActorKey, string>;
  /** The source an acceptance created or named: later acceptances cite it by id. */
  source: { id: string; title: string } | null;
  focused: string | null;
  batches: WrittenBatch[];
  added: number;
}

export type ReviewAction =
  | { type: 'status'; id: string; status: 'pending' | 'accepted' | 'rejected' }
  | { type: 'change'; id: string; claim: ClaimDraft; quote: TextSpan; credibility: number }
  | { type: 'add'; item: ReviewItem }
  | { type: 'focus'; id: string | null }
  | { type: 'name'; key: ActorKey; actor: NamedActor }
  | { type: 'new-actor'; actor: NewActorDraft }
  | { type: 'written'; batch: Omit<WrittenBatch, 'id'>; created: Record<ActorKey, string> };

function namesOf(extraction: Extraction): Record<ActorKey, NamedActor> {
  return Object.fromEntries([
    ...extraction.actors.map((actor) => [actor.id, { name: actor.name, kind: actor.kind }] as const),
    ...extraction.newActors.map((actor) => [actor.key, { name: actor.name, kind: actor.kind }] as const),
  ]);
}

export function startReview(text: string, extraction: Extraction): ReviewState {
  const names = namesOf(extraction);
  return {
    text,
    extraction,
    items: reviewItemsOf(extraction, (key) => names[key]?.name ?? key),
    newActors: extraction.newActors.map(({ key, name, kind }) => ({ key, name, kind })),
    names,
    created: {},
    source: null,
    focused: null,
    batches: [],
    added: 0,
  };
}

function reduce(state: ReviewState, action: ReviewAction): ReviewState {
  const update = (id: string, change: (item: ReviewItem) => ReviewItem) => ({
    ...state,
    items: state.items.map((item) => (item.id === id && item.status !== 'written' ? change(item) : item)),
  });
  switch (action.type) {
    case 'status':
      return update(action.id, (item) => ({ ...item, status: action.status }));
    case 'change':
      return update(action.id, (item) => ({ ...item, claim: action.claim, quote: action.quote, credibility: action.credibility }));
    case 'add':
      return { ...state, items: [...state.items, action.item], added: state.added + 1, focused: action.item.id };
    case 'focus':
      return { ...state, focused: action.id };
    case 'name':
      return { ...state, names: { ...state.names, [action.key]: action.actor } };
    case 'new-actor':
      return {
        ...state,
        newActors: state.newActors.map((actor) => (actor.key === action.actor.key ? action.actor : actor)),
        names: { ...state.names, [action.actor.key]: { name: action.actor.name, kind: action.actor.kind } },
      };
    case 'written': {
      const written = new Map(action.batch.items.map((entry) => [entry.itemId, entry]));
      return {
        ...state,
        items: state.items.map((item) => {
          const entry = written.get(item.id);
          return entry ? { ...item, status: 'written', written: { kind: entry.kind, id: entry.id, actorIds: entry.actorIds } } : item;
        }),
        created: { ...state.created, ...action.created },
        source: { id: action.batch.source.id, title: action.batch.source.title },
        batches: [...state.batches, { ...action.batch, id: state.batches.length + 1 }],
      };
    }
  }
}

/** The review of one report's proposals: one reducer, so that every change is one of the actions above. */
export function useReview(initial: ReviewState) {
  return useReducer(reduce, initial);
}
