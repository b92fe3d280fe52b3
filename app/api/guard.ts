import type { NextRequest } from 'next/server';
import { principalOf, requireReader } from '@/db/accounts/request';
import { anonymousReadAllowed } from '@/lib/auth/access';
import { limitWrite } from '@/db/accounts/limits';
import { clientAddress } from '@/lib/auth/limits';
import { SIGN_IN_NEEDED_MESSAGE, type Principal } from '@/lib/auth/roles';
import { CROSS_SITE_MESSAGE, isSameOrigin, ownOrigin } from '@/lib/auth/same-origin';
import { AppError } from '@/lib/errors';

/**
 * What every route handler checks before its work. Writes: the request comes from this site (the proxy checks it
 * too; this is the second line), is within the rate limits, and is made by someone signed in; which role it needs
 * is checked by the data-access layer it calls. Reads: anonymous visitors only when the setting allows them.
 */

export function requireSameOrigin(request: NextRequest): void {
  if (!isSameOrigin(request.headers, ownOrigin(request))) {
    throw new AppError('forbidden', CROSS_SITE_MESSAGE);
  }
}

/** For write routes: the signed-in principal, or 403 (cross-site), 429 (too many) or 401 (not signed in). */
export async function guardWrite(request: NextRequest): Promise<Principal> {
  requireSameOrigin(request);
  const principal = await principalOf(request);
  await limitWrite(principal, clientAddress(request.headers));
  if (!principal) throw new AppError('unauthorized', SIGN_IN_NEEDED_MESSAGE);
  return principal;
}

/** For read routes: the principal when one is needed or signed in, after checking that this visitor may read. */
export async function guardRead(request: NextRequest): Promise<Principal | null> {
  // With anonymous reading on, public reads need no session lookup (and so no database round trip of their own).
  if (anonymousReadAllowed()) return null;
  const principal = await principalOf(request);
  requireReader(principal);
  return principal;
}
