import { queryOptions } from '@tanstack/react-query';
import type { ActorSearchHit, GraphData } from './graph';
import { ApiError } from './query-client';

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

export const OVERVIEW_LIMIT = 200;

export function overviewQuery() {
  return queryOptions({
    queryKey: ['graph', 'overview', OVERVIEW_LIMIT] as const,
    queryFn: ({ signal }) => getJson<GraphData>(`/api/graph?limit=${OVERVIEW_LIMIT}`, signal),
  });
}

export function actorSearchQuery(text: string) {
  return queryOptions({
    queryKey: ['search', text] as const,
    queryFn: ({ signal }) => getJson<{ hits: ActorSearchHit[] }>(`/api/search?q=${encodeURIComponent(text)}`, signal),
  });
}
