import 'server-only';
import { cookies } from 'next/headers';
import type { NextRequest } from 'next/server';
import { cache } from 'react';
import { anonymousReadAllowed, SIGN_IN_TO_READ_MESSAGE } from '../../lib/auth/access';
import type { Principal } from '../../lib/auth/roles';
import { SESSION_COOKIE } from '../../lib/auth/session-cookie';
import { AppError } from '../../lib/errors';
import { principalForToken } from './sessions';

/** Who is asking: the user of the request's session cookie, or null for an anonymous visitor. */
export async function principalOf(request: NextRequest): Promise<Principal | null> {
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  return token ? principalForToken(token) : null;
}

export function sessionTokenOf(request: NextRequest): string | null {
  return request.cookies.get(SESSION_COOKIE)?.value ?? null;
}

/** The same for pages and layouts; looked up once per request however many components ask. */
export const currentPrincipal = cache(async (): Promise<Principal | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? principalForToken(token) : null;
});

/** Reads are open to anonymous visitors unless PARLEY_ANONYMOUS_READ=false; then they answer 401. */
export function requireReader(principal: Principal | null): void {
  if (!principal && !anonymousReadAllowed()) throw new AppError('unauthorized', SIGN_IN_TO_READ_MESSAGE);
}
