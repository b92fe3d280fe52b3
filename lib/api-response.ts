import { AppError, type FieldIssue } from './errors';
import type { ZodError, ZodType, output } from 'zod';
import { anonymousReadAllowed } from './auth/access';
import { parseViewState, type ViewState } from './view-state';

// Next gzips every answer (it drops Content-Length, so the compressor's own 1 KB threshold never applies). Below
// that size gzip costs both ends more time than it saves, so small answers ask not to be transformed.
const COMPRESS_FROM_BYTES = 1024;

/**
 * For answers that depend on who asks (who is signed in, what they may read): kept by no shared cache, and by the
 * browser not even for its back button, so that signing out or another user on the machine never sees them.
 */
export const PRIVATE_NO_STORE = 'private, no-store';

/** A preview picture is the same for everyone when anyone may read, so shared caches may keep it; otherwise it is private. */
export function previewCacheControl(): string {
  return anonymousReadAllowed() ? 'public, max-age=300' : PRIVATE_NO_STORE;
}

/** A JSON answer (`private, no-store` unless `init` says otherwise); compressed by Next only when large enough to gain. */
export function jsonResponse(body: unknown, init?: ResponseInit): Response {
  const text = JSON.stringify(body);
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', PRIVATE_NO_STORE);
  if (Buffer.byteLength(text) < COMPRESS_FROM_BYTES) headers.append('Cache-Control', 'no-transform');
  return new Response(text, { ...init, headers });
}

export function jsonError(error: AppError): Response {
  return jsonResponse(error.toJSON(), { status: error.status, headers: retryAfterHeader(error) });
}

/**
 * How long a client should wait before trying again: an outage is retried soon, a busy database sooner (the
 * conflicting writes are done within a second or two), a rate limit says when.
 */
function retryAfterHeader(error: AppError): Record<string, string> | undefined {
  if (error.code === 'database_unavailable' || error.code === 'database_not_answering') return { 'Retry-After': '5' };
  if (error.code === 'database_busy') return { 'Retry-After': '2' };
  if (error.code === 'too_many_requests') return { 'Retry-After': String(error.details.retryAfter ?? 60) };
  return undefined;
}

/** Field-level messages from a failed zod parse, named by their dotted path. */
export function fieldIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(request)', message: issue.message }));
}

export function badRequest(error: ZodError, message = 'Some parameters are not valid.'): AppError {
  return new AppError('bad_request', message, fieldIssues(error));
}

/** Parses request input (query string, route params) with its schema, or throws a 400 naming each bad field. */
export function parseRequest<Schema extends ZodType>(schema: Schema, input: unknown): output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}

/** Runs a route handler's work and answers JSON, turning errors into their status and a safe message. */
export async function respond<T>(work: () => Promise<T>, init?: ResponseInit): Promise<Response> {
  return respondWith(async () => jsonResponse(await work(), init));
}

/** Like `respond`, for work that makes its own response (a download, a redirect). */
export async function respondWith(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return jsonError(error);
    console.error('Unhandled error in a route handler', error);
    return jsonError(new AppError('internal', 'Something went wrong on the server; the error has been logged.'));
  }
}

/** A view given by its link's parameters, refused with a 400 naming what is wrong rather than partly used. */
export function parseViewRequest(params: URLSearchParams): ViewState {
  const { state, dropped } = parseViewState(params);
  if (dropped.length) {
    throw new AppError('bad_request', 'Some view parameters are not valid.', dropped.map((message) => ({ field: 'view', message })));
  }
  return state;
}
