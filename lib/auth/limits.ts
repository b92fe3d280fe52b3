import { AppError } from '../errors';
import type { Principal } from './roles';
import { SlidingWindowLimiter } from './rate-limit';

/**
 * The limits on signing in and on writing, per user and per address, in this process's memory (see
 * SlidingWindowLimiter). Defaults: 10 sign-in attempts per username and 50 per address in 15 minutes; 120 writes
 * per user and 600 per address a minute. `PARLEY_SIGNIN_LIMIT` and `PARLEY_WRITE_LIMIT` change the per-user
 * numbers (an address gets five times as many, as several people may share one).
 */

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const WRITE_WINDOW_MS = 60 * 1000;
const ADDRESS_FACTOR = 5;

type LimiterName = 'signin-user' | 'signin-address' | 'write-user' | 'write-address';

// On globalThis so that dev-server reloads keep counting instead of starting afresh.
const globalForLimits = globalThis as typeof globalThis & { __parleyLimiters?: Map<LimiterName, SlidingWindowLimiter> };

/** A positive whole number from the environment variable `name`, else `fallback`. */
export function configured(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function limiter(name: LimiterName): SlidingWindowLimiter {
  const signIn = configured('PARLEY_SIGNIN_LIMIT', 10);
  const write = configured('PARLEY_WRITE_LIMIT', 120);
  const wanted = {
    'signin-user': [signIn, SIGN_IN_WINDOW_MS],
    'signin-address': [signIn * ADDRESS_FACTOR, SIGN_IN_WINDOW_MS],
    'write-user': [write, WRITE_WINDOW_MS],
    'write-address': [write * ADDRESS_FACTOR, WRITE_WINDOW_MS],
  }[name] as [number, number];
  globalForLimits.__parleyLimiters ??= new Map();
  const existing = globalForLimits.__parleyLimiters.get(name);
  if (existing && existing.limit === wanted[0]) return existing;
  // A changed setting starts a fresh count.
  const fresh = new SlidingWindowLimiter(...wanted);
  globalForLimits.__parleyLimiters.set(name, fresh);
  return fresh;
}

/**
 * The address a request came from: the last `X-Forwarded-For` entry, which is the one the nearest proxy added (Next
 * sets the header from the socket when no proxy did). Behind a reverse proxy, have it set or append the header.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? 'unknown';
}

function refuse(retryAfterSeconds: number, what: string): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError('too_many_requests', `Too many ${what} in a short time. Wait ${wait}, then try again.`, [], {
    retryAfter: retryAfterSeconds,
  });
}

function check(checks: [LimiterName, string][], what: string): void {
  for (const [name, key] of checks) {
    const verdict = limiter(name).hit(key);
    if (!verdict.allowed) throw refuse(verdict.retryAfterSeconds, what);
  }
}

/** Counts a sign-in attempt for this username and this address; 429 past the limit. */
export function limitSignIn(username: string, address: string): void {
  check(
    [
      ['signin-user', username.toLowerCase()],
      ['signin-address', address],
    ],
    'sign-in attempts',
  );
}

/** A successful sign-in clears the username's count, so that typos made before it do not lock the account. */
export function forgetSignInAttempts(username: string): void {
  limiter('signin-user').reset(username.toLowerCase());
}

/** Counts a write by this user from this address; 429 past the limit. */
export function limitWrite(principal: Principal | null, address: string): void {
  check([...(principal ? [['write-user', principal.id] as [LimiterName, string]] : []), ['write-address', address]], 'changes');
}
