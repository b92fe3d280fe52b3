import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getJson } from './api-client';
import type { SourceSummary } from './graph';
import type { ActorDeletionPreview, DeletedRecord, RecordKind, Revision, SimilarActor, SourceProfile } from './records';

/** Client fetchers of the authoring side: the picker and duplicate look-ups, history, deleted records, sources. */

const COLLECTION: Record<RecordKind, string> = { actor: 'actors', relation: 'relations', meeting: 'meetings', source: 'sources' };

/** `/api/relations/qatar-supports-hamas` and the like. */
export function recordPath(kind: RecordKind, id: string, suffix = ''): string {
  return `/api/${COLLECTION[kind]}/${encodeURIComponent(id)}${suffix}`;
}

export function similarActorsQuery(name: string, aliases: readonly string[]) {
  const params = new URLSearchParams({ name, aliases: aliases.join(',') });
  return queryOptions({
    queryKey: ['actors', 'similar', name, aliases] as const,
    queryFn: ({ signal }) => getJson<{ candidates: SimilarActor[] }>(`/api/actors/similar?${params}`, signal),
    enabled: name.trim().length > 0 || aliases.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function sourceSearchQuery(text: string) {
  return queryOptions({
    queryKey: ['sources', 'search', text] as const,
    queryFn: ({ signal }) => getJson<{ sources: SourceSummary[] }>(`/api/sources?${new URLSearchParams({ q: text, limit: '10' })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function sourceProfileQuery(id: string) {
  return queryOptions({
    queryKey: ['sources', 'profile', id] as const,
    queryFn: ({ signal }) => getJson<SourceProfile>(recordPath('source', id), signal),
  });
}

export function historyQuery(kind: RecordKind, id: string) {
  return queryOptions({
    queryKey: ['history', kind, id] as const,
    queryFn: ({ signal }) => getJson<{ revisions: Revision[] }>(recordPath(kind, id, '/history'), signal),
    staleTime: 0,
  });
}

export function deletedRecordsQuery() {
  return queryOptions({
    queryKey: ['deleted'] as const,
    queryFn: ({ signal }) => getJson<{ records: DeletedRecord[] }>('/api/deleted', signal),
    staleTime: 0,
  });
}

/** What deleting an actor would take with it and change, read afresh each time the confirmation opens. */
export function actorDeletionQuery(id: string) {
  return queryOptions({
    queryKey: ['actors', id, 'deletion'] as const,
    queryFn: ({ signal }) => getJson<ActorDeletionPreview>(recordPath('actor', id, '/deletion'), signal),
    staleTime: 0,
  });
}

/** One key per form: its retries and double clicks send the same one, so the server does the write once. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; plain-http deployments still get 122 random bits.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
