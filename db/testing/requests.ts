import { NextRequest } from 'next/server';
import type { Role } from '../../lib/auth/roles';
import { signedInAs, type TestUser } from './accounts';

/** Requests for calling route handlers directly in tests, as Next would. */

export const TEST_ORIGIN = 'http://test';

/**
 * What a browser adds to a request from one of the app's own pages: `Origin` on every request but a GET (the
 * cross-site check refuses writes without it). Headers given by a test override it.
 */
function browserHeaders(method: string, headers: Record<string, string>): Record<string, string> {
  return method === 'GET' ? headers : { Origin: TEST_ORIGIN, ...headers };
}

/** A request with a JSON body and the JSON content type, or with no body. */
export function jsonRequest(
  method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, {
    method,
    headers: browserHeaders(method, body === undefined ? headers : { 'Content-Type': 'application/json', ...headers }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A request whose body is sent exactly as given, for malformed bodies and wrong content types. */
export function rawRequest(method: 'POST' | 'PATCH', path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, { method, headers: browserHeaders(method, headers), body });
}

/** What Next passes a route under `[id]`. */
export function idContext(id: string): { params: Promise<{ id: string }> } {
  return { params: Promise.resolve({ id }) };
}

/**
 * `jsonRequest` as sent by a signed-in test user (see ./accounts): `editorRequest('PATCH', path, body)`. Headers
 * given to it are added to the session's cookie.
 */
export function jsonRequestAs(who: Role | TestUser): typeof jsonRequest {
  return (method, path, body, headers = {}) => jsonRequest(method, path, body, { ...signedInAs(who), ...headers });
}

export const editorRequest = jsonRequestAs('editor');
export const adminRequest = jsonRequestAs('admin');
