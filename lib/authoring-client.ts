import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { getJson } from './api-client';
import type { SourceSummary } from './graph';
import { queryKeys } from './query-keys';
import type { ActorDeletionPreview, DeletedRecord, RecordKind, Revision, SimilarActor, SourceProfile } from './records';

/** Client fetchers of the authoring side: the picker and duplicate look-ups, history, deleted records, sources. */

const COLLECTION: Record<RecordKind, string> = { actor: 'actors', tie: 'ties', meeting: 'meetings', source: 'sources' };

/** `/api/ties/qatar-supports-hamas` and the like. */
export function recordPath(kind: RecordKind, id: string, suffix = ''): string {
  return `/api/${COLLECTION[kind]}/${encodeURIComponent(id)}${suffix}`;
}

export function similarActorsQuery(name: string, aliases: readonly string[]) {
  const params = new URLSearchParams({ name, aliases: aliases.join(',') });
  return queryOptions({
    queryKey: queryKeys.similarActors(name, aliases),
    queryFn:
      name.trim().length > 0 || aliases.length > 0
        ? ({ signal }) => getJson<{ candidates: SimilarActor[] }>(`/api/actors/similar?${params}`, signal)
        : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function sourceSearchQuery(text: string) {
  return queryOptions({
    queryKey: queryKeys.sourceSearch(text),
    queryFn: ({ signal }) => getJson<{ sources: SourceSummary[] }>(`/api/sources?${new URLSearchParams({ q: text, limit: '10' })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function sourceProfileQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.sourceProfile(id),
    queryFn: ({ signal }) => getJson<SourceProfile>(recordPath('source', id), signal),
  });
}

export function historyQuery(kind: RecordKind, id: string) {
  return queryOptions({
    queryKey: queryKeys.history(kind, id),
    queryFn: ({ signal }) => getJson<{ revisions: Revision[] }>(recordPath(kind, id, '/history'), signal),
    staleTime: 0,
  });
}

/** The deleted records, for admins: nothing is asked for anyone else. */
export function deletedRecordsQuery(administer: boolean) {
  return queryOptions({
    queryKey: queryKeys.deleted,
    queryFn: administer ? ({ signal }) => getJson<{ records: DeletedRecord[] }>('/api/deleted', signal) : skipToken,
    staleTime: 0,
  });
}

/**
 * What deleting an actor would take with it and change, read afresh each time the confirmation opens; only an
 * actor's deletion has consequences to read (`isActor`).
 */
export function actorDeletionQuery(id: string, isActor: boolean) {
  return queryOptions({
    queryKey: queryKeys.actorDeletion(id),
    queryFn: isActor ? ({ signal }) => getJson<ActorDeletionPreview>(recordPath('actor', id, '/deletion'), signal) : skipToken,
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
