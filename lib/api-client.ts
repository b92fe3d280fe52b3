import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  ActorProfile,
  ActorSearchHit,
  ConnectionKind,
  ExpandPreview,
  GraphData,
  MeetingDetails,
  MeetingTimeline,
  Neighbourhood,
  PathResult,
  RelationDetails,
  ViewGraph,
} from './graph';
import { ApiError } from './query-client';
import type { Reliability } from './schemas/common';
import { OVERVIEW_LIMIT } from './schemas/requests';

/** GETs a JSON API path; error answers become ApiError with the server's message. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'Parley’s server cannot be reached. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, detail?.code ?? 'unknown', detail?.message ?? `The server answered ${response.status}.`);
  }
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}


export function overviewQuery() {
  return queryOptions({
    queryKey: ['graph', 'overview', OVERVIEW_LIMIT] as const,
    queryFn: ({ signal }) => getJson<GraphData>(`/api/graph?limit=${OVERVIEW_LIMIT}`, signal),
  });
}

/** The graph of a chosen set of actors; the previous picture stays while the next one loads. */
export function viewQuery(actorIds: readonly string[]) {
  return queryOptions({
    queryKey: ['graph', 'view', actorIds] as const,
    queryFn: ({ signal }) => getJson<ViewGraph>(`/api/view?${query({ actors: actorIds.join(',') })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function actorSearchQuery(text: string) {
  return queryOptions({
    queryKey: ['search', text] as const,
    queryFn: ({ signal }) => getJson<{ hits: ActorSearchHit[] }>(`/api/search?${query({ q: text })}`, signal),
    enabled: text.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

export function actorProfileQuery(id: string) {
  return queryOptions({
    queryKey: ['actor', id] as const,
    queryFn: ({ signal }) => getJson<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`, signal),
  });
}

export function expandPreviewQuery(id: string, hops: 1 | 2) {
  return queryOptions({
    queryKey: ['actor', id, 'preview', hops] as const,
    queryFn: ({ signal }) =>
      getJson<ExpandPreview>(`/api/actors/${encodeURIComponent(id)}/neighbours/preview?${query({ hops })}`, signal),
  });
}

export function fetchNeighbourhood(id: string, hops: 1 | 2, connections: readonly ConnectionKind[] | null, limit: number) {
  return getJson<Neighbourhood>(
    `/api/actors/${encodeURIComponent(id)}/neighbours?${query({ hops, limit, connections: connections?.join(',') })}`,
  );
}

export function relationDetailsQuery(id: string) {
  return queryOptions({
    queryKey: ['relation', id] as const,
    queryFn: ({ signal }) => getJson<RelationDetails>(`/api/relations/${encodeURIComponent(id)}`, signal),
  });
}

export function meetingDetailsQuery(id: string) {
  return queryOptions({
    queryKey: ['meeting', id] as const,
    queryFn: ({ signal }) => getJson<MeetingDetails>(`/api/meetings/${encodeURIComponent(id)}`, signal),
  });
}

export interface TimelineFilter {
  participant?: string;
  from?: string;
  to?: string;
}

export function meetingTimelineQuery(filter: TimelineFilter) {
  return queryOptions({
    queryKey: ['meetings', filter] as const,
    queryFn: ({ signal }) => getJson<MeetingTimeline>(`/api/meetings?${query({ ...filter })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export interface PathRequest {
  from: string;
  to: string;
  connections?: readonly ConnectionKind[];
  minReliability?: Reliability;
}

export function pathQuery(request: PathRequest) {
  return queryOptions({
    queryKey: ['paths', request] as const,
    queryFn: ({ signal }) =>
      getJson<PathResult>(
        `/api/paths?${query({ from: request.from, to: request.to, connections: request.connections?.join(','), minReliability: request.minReliability })}`,
        signal,
      ),
  });
}
