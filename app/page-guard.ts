import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentPrincipal } from '@/db/accounts/request';
import { anonymousReadAllowed, PATH_HEADER } from '@/lib/auth/access';
import type { Principal } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors';

/**
 * What every page, `generateMetadata` and image route checks before it reads data (the API's routes have
 * `app/api/guard.ts`). The proxy only looks for a session cookie, and Next renders a page and its metadata beside
 * the root layout, not after it, so the layout's check alone would let their data into the answer.
 */

/** The signed-in user (one session lookup per request); with the database down or hung, null: the page says what is wrong. */
export async function pageUser(): Promise<Principal | null> {
  try {
    return await currentPrincipal();
  } catch (error) {
    if (error instanceof AppError && (error.code === 'database_unavailable' || error.code === 'database_not_answering')) return null;
    throw error;
  }
}

/**
 * With anonymous reading off, a visitor without a valid session (none, made up or expired) is sent to sign in,
 * and then back here; nothing has been read.
 */
export async function requirePageReader(): Promise<void> {
  if (anonymousReadAllowed() || (await pageUser())) return;
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  redirect(`/signin?next=${encodeURIComponent(path)}`);
}
