import { AppError } from '../errors';
import type { Principal } from './roles';
import type { Backoff, WindowedLimit } from './rate-limit';

/**
 * The limits on signing in and on writing (counted in Neo4j by db/accounts/limits.ts, so that every app process
 * counts the same attempts). Signing in: 50 attempts per address in 15 minutes; and per username *from one
 * address*, 10 wrong passwords lock that pair for a minute, each further one for twice as long (up to 15 minutes),
 * forgotten an hour after the last or at the next right password. Keyed on the pair so that someone elsewhere
 * cannot lock a user out by failing on purpose. Writing: 120 per user and 600 per address a minute.
 * `PARLEY_SIGNIN_LIMIT` and `PARLEY_WRITE_LIMIT` change the per-user numbers (an address gets five times as many,
 * as several people may share one).
 */

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const FIRST_LOCK_MS = 60 * 1000;
const LONGEST_LOCK_MS = 15 * 60 * 1000;
const FORGET_FAILURES_MS = 60 * 60 * 1000;
const WRITE_WINDOW_MS = 60 * 1000;
const ADDRESS_FACTOR = 5;

/** A positive whole number from the environment variable `name`, else `fallback`. */
export function configured(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const signInLimit = () => configured('PARLEY_SIGNIN_LIMIT', 10);

export function signInAddressLimit(address: string): WindowedLimit {
  return { name: 'signin-address', key: address, limit: signInLimit() * ADDRESS_FACTOR, windowMs: SIGN_IN_WINDOW_MS };
}

/** The limits a write counts against: its user's (when signed in) and its address's. */
export function writeLimits(principal: Principal | null, address: string): WindowedLimit[] {
  const write = configured('PARLEY_WRITE_LIMIT', 120);
  const byAddress = { name: 'write-address', key: address, limit: write * ADDRESS_FACTOR, windowMs: WRITE_WINDOW_MS };
  return principal ? [{ name: 'write-user', key: principal.id, limit: write, windowMs: WRITE_WINDOW_MS }, byAddress] : [byAddress];
}

export function signInBackoff(): Backoff {
  return { free: signInLimit(), firstLockMs: FIRST_LOCK_MS, maxLockMs: LONGEST_LOCK_MS, forgetAfterMs: FORGET_FAILURES_MS };
}

/** The key of a username's failures from one address (with the setting, so that a changed one starts afresh). */
export const signInPairKey = (username: string, address: string) => `${signInLimit()}\n${username.trim().toLowerCase()}\n${address}`;

/**
 * The address a request came from: `X-Forwarded-For`, which the app's HTTP server (db/stack/server.mjs) sets from
 * the socket before Next sees the request, or from a trusted proxy's header when `PARLEY_TRUSTED_PROXIES` names the
 * socket's peer (lib/auth/forwarded-for.mjs). The last entry is taken, which is the only one that server leaves.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? 'unknown';
}

export function refuse(retryAfterSeconds: number, what: string): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError('too_many_requests', `Too many ${what} in a short time. Wait ${wait}, then try again.`, [], {
    retryAfter: retryAfterSeconds,
  });
}
