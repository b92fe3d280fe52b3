import { NextResponse, type NextRequest } from 'next/server';
import { principalOf, sessionTokenOf } from '@/db/accounts/request';
import { signIn, signOut } from '@/db/accounts/sessions';
import { respond, respondWith } from '@/lib/api-response';
import { anonymousReadAllowed } from '@/lib/auth/access';
import { withSignInLimits } from '@/db/accounts/limits';
import { clientAddress } from '@/lib/auth/limits';
import { SESSION_COOKIE, sessionCookieSettings } from '@/lib/auth/session-cookie';
import { signInSchema } from '@/lib/schemas/account';
import { readJsonBody } from '@/lib/write-api';
import { requireSameOrigin } from '../guard';

/** `GET /api/session`: `{user}` (null when no one is signed in) and whether anonymous visitors may read. */
export async function GET(request: NextRequest): Promise<Response> {
  return respond(async () => ({ user: await principalOf(request), anonymousRead: anonymousReadAllowed() }));
}

/**
 * `POST /api/session` `{username, password}`: signs in; 200 `{user}` with the session cookie, 401 "Wrong username
 * or password.", 429 after too many attempts from this address or too many wrong passwords for this username from it.
 */
export async function POST(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    requireSameOrigin(request);
    const { username, password } = await readJsonBody(request, signInSchema);
    const session = await withSignInLimits(username, clientAddress(request.headers), () => signIn({ username, password }));
    const response = NextResponse.json({ user: session.principal });
    response.cookies.set(SESSION_COOKIE, session.token, sessionCookieSettings(request.headers.get('host')));
    return response;
  });
}

/** `DELETE /api/session`: signs out (the session is deleted on the server) and clears the cookie. */
export async function DELETE(request: NextRequest): Promise<Response> {
  return respondWith(async () => {
    requireSameOrigin(request);
    const token = sessionTokenOf(request);
    if (token) await signOut(token);
    const response = NextResponse.json({ user: null });
    response.cookies.set(SESSION_COOKIE, '', sessionCookieSettings(request.headers.get('host'), 0));
    return response;
  });
}
