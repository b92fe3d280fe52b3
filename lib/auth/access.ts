/** `PARLEY_ANONYMOUS_READ` (default true): whether visitors who are not signed in may read and open shared links. */
export function anonymousReadAllowed(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.PARLEY_ANONYMOUS_READ?.trim().toLowerCase();
  return !(value === 'false' || value === '0' || value === 'no' || value === 'off');
}

export const SIGN_IN_TO_READ_MESSAGE = 'Sign in to read Parley: this server does not let anonymous visitors read.';

/** Paths anyone may reach even when anonymous reading is off: signing in, and the health check. */
export function isOpenPath(pathname: string): boolean {
  return pathname === '/signin' || pathname === '/api/session' || pathname === '/api/health';
}

/** The request header in which the proxy passes the path (and query) to the root layout. */
export const PATH_HEADER = 'x-parley-path';
