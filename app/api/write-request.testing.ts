import { NextRequest } from 'next/server';
import { signedInAs } from '@/db/testing/accounts';
import { TEST_ORIGIN } from '@/db/testing/requests';
import type { Role } from '@/lib/auth/roles';
import type { PreparedWrite, WriteRoute } from './write-routes.testing';

/** A request to a write route as `role` (null: anonymous), from this site unless `headers` say otherwise. */
export function writeRequest(route: WriteRoute, prepared: PreparedWrite, role: Role | null, headers: Record<string, string> = {}): NextRequest {
  const body = prepared.rawBody ?? (prepared.body === undefined ? undefined : JSON.stringify(prepared.body));
  const contentType = prepared.contentType ?? (prepared.body === undefined ? undefined : 'application/json');
  return new NextRequest(`${TEST_ORIGIN}${prepared.path}`, {
    method: route.method,
    headers: { Origin: TEST_ORIGIN, ...(contentType ? { 'Content-Type': contentType } : {}), ...(role ? signedInAs(role) : {}), ...headers },
    body,
  });
}

export function callRoute(route: WriteRoute, prepared: PreparedWrite, request: NextRequest): Promise<Response> {
  return route.handler(request, { params: Promise.resolve({ id: prepared.id ?? '' }) });
}
