import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import type {
  ActorProfile,
  ActorSearchHit,
  ConnectionKind,
  ExpandPreview,
  MeetingDetails,
  MeetingTimeline,
  Neighbourhood,
  LineClaims,
  PathResult,
  TieDetails,
  ViewPicture,
} from './graph';
import type { ChangesSince } from './changes';
import type { FieldIssue } from './errors';
import { ApiClientError } from './query-client';
import { queryKeys } from './query-keys';
import type { Reliability } from './schemas/common';
import { LONG_VIEW_QUERY, pictureQueryString, type ViewState } from './view-state';

/** Calls a JSON API path; error answers become ApiClientError with the server's message and field issues. */
async function requestJson<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiClientError(0, 'network', 'Parley’s server cannot be reached. Check your connection and try again.');
  }
  // A body that is not JSON (a proxy's error page, an answer cut short) leaves the status to say what happened.
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const detail = (body as { error?: { code?: string; message?: string; issues?: FieldIssue[] } } | null)?.error;
    throw new ApiClientError(
      response.status,
      detail?.code ?? 'unknown',
      detail?.message ?? `The server answered ${response.status}.`,
      detail?.issues ?? [],
      body ?? null,
    );
  }
  if (body === undefined) throw new ApiClientError(response.status, 'unreadable', 'The server’s answer could not be read. Try again.');
  return body as T;
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return requestJson<T>(path, { signal });
}

/** Sends a JSON body (POST, PATCH, DELETE), with extra headers such as the editor's name or an idempotency key. */
export function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  return requestJson<T>(path, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search.toString();
}


/** A read about a view: GET with the view's query, or POST with it in the body when it is too long for a URL. */
function readAboutView<T>(path: string, viewQuery: string, extra: Record<string, string | number>, signal?: AbortSignal): Promise<T> {
  const bare = viewQuery.replace(/^\?/, '');
  if (bare.length > LONG_VIEW_QUERY) {
    return requestJson<T>(path, { method: 'POST', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ view: bare, ...extra }) });
  }
  const search = [bare, query(extra)].filter(Boolean).join('&');
  return getJson<T>(search ? `${path}?${search}` : path, signal);
}

/** Stores a long view's query under its short id (`POST /api/views`): `/?view=<id>` then opens that view. */
export function storeView(viewQuery: string, signal?: AbortSignal): Promise<{ id: string; url: string }> {
  return requestJson('/api/views', { method: 'POST', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ view: viewQuery }) });
}

/**
 * What the canvas draws of a view (the overview without actors); the previous picture stays while the next loads.
 * The browser reads it through the API; the page's server render, which prefetches it, passes its database read.
 */
export function pictureQuery(view: ViewState, read: (viewQuery: string, signal: AbortSignal) => Promise<ViewPicture> = readPicture) {
  const key = pictureQueryString(view);
  return queryOptions({
    queryKey: queryKeys.picture(key),
    queryFn: ({ signal }) => read(key, signal),
    placeholderData: keepPreviousData,
  });
}

function readPicture(viewQuery: string, signal: AbortSignal): Promise<ViewPicture> {
  return readAboutView<ViewPicture>('/api/view', viewQuery, {}, signal);
}

/** A page of the claims one line of a view holds. */
export function lineClaimsQuery(view: ViewState, line: string, page: number) {
  const key = pictureQueryString(view);
  return queryOptions({
    queryKey: queryKeys.line(key, line, page),
    queryFn: ({ signal }) => readAboutView<LineClaims>('/api/lines', key, { line, page }, signal),
    placeholderData: keepPreviousData,
  });
}

export function actorSearchQuery(text: string) {
  return queryOptions({
    queryKey: queryKeys.actorSearch(text),
    // Nothing typed, nothing asked.
    queryFn: text.trim() ? ({ signal }) => getJson<{ hits: ActorSearchHit[] }>(`/api/search?${query({ q: text })}`, signal) : skipToken,
    placeholderData: keepPreviousData,
  });
}

export function actorProfileQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.actor(id),
    queryFn: ({ signal }) => getJson<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`, signal),
  });
}

export function expandPreviewQuery(id: string, hops: 1 | 2) {
  return queryOptions({
    queryKey: queryKeys.expandPreview(id, hops),
    queryFn: ({ signal }) =>
      getJson<ExpandPreview>(`/api/actors/${encodeURIComponent(id)}/neighbours/preview?${query({ hops })}`, signal),
  });
}

/** Neighbour ids, best-connected first; `readable` keeps only what one readable picture of the actor and them holds. */
export function fetchNeighbourhood(id: string, hops: 1 | 2, connections: readonly ConnectionKind[] | null, limit: number, readable = false) {
  return getJson<Neighbourhood>(
    `/api/actors/${encodeURIComponent(id)}/neighbours?${query({ hops, limit, connections: connections?.join(','), readable: readable ? 1 : undefined })}`,
  );
}

export function tieDetailsQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.tie(id),
    queryFn: ({ signal }) => getJson<TieDetails>(`/api/ties/${encodeURIComponent(id)}`, signal),
  });
}

export function meetingDetailsQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.meeting(id),
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
    queryKey: queryKeys.timeline(filter),
    queryFn: ({ signal }) => getJson<MeetingTimeline>(`/api/meetings?${query({ ...filter })}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** What changed since a day or moment (`GET /api/changes`); nothing is asked without one. */
export function changesQuery(since: string | null) {
  return queryOptions({
    queryKey: queryKeys.changes(since),
    queryFn: since ? ({ signal }) => getJson<ChangesSince>(`/api/changes?${query({ since })}`, signal) : skipToken,
  });
}

export interface PathRequest {
  from: string;
  to: string;
  connections?: readonly ConnectionKind[];
  minReliability?: Reliability;
  /** Meetings left out: every step a tie. */
  tiesOnly?: boolean;
}

/** The paths of a request; none asked while there is no request (no two ends picked). */
export function pathQuery(request: PathRequest | null) {
  return queryOptions({
    queryKey: queryKeys.paths(request),
    queryFn: request ? ({ signal }) => getJson<PathResult>(`/api/paths?${pathParams(request)}`, signal) : skipToken,
  });
}

function pathParams(request: PathRequest): string {
  return query({
    from: request.from,
    to: request.to,
    connections: request.connections?.join(','),
    minReliability: request.minReliability,
    tiesOnly: request.tiesOnly ? 'true' : undefined,
  });
}
