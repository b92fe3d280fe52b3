import { NextRequest } from 'next/server';

/** Requests for calling route handlers directly in tests, as Next would. */

export const TEST_ORIGIN = 'http://test';

/** A request with a JSON body and the JSON content type, or with no body. */
export function jsonRequest(
  method: 'POST' | 'PATCH' | 'DELETE' | 'GET',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A request whose body is sent exactly as given, for malformed bodies and wrong content types. */
export function rawRequest(method: 'POST' | 'PATCH', path: string, body: string, headers: Record<string, string>): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, { method, headers, body });
}

/** What Next passes a route under `[id]`. */
export function idContext(id: string): { params: Promise<{ id: string }> } {
  return { params: Promise.resolve({ id }) };
}
