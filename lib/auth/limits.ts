import { AppError } from '../errors';
import type { Principal } from './roles';
import { FailureBackoff, SlidingWindowLimiter } from './rate-limit';

/**
 * The limits on signing in and on writing, in this process's memory (see SlidingWindowLimiter and FailureBackoff).
 * Signing in: 50 attempts per address in 15 minutes; and per username *from one address*, 10 wrong passwords lock
 * that pair for a minute, each further one for twice as long (up to 15 minutes), forgotten an hour after the last
 * or at the next right password. Keyed on the pair so that someone elsewhere cannot lock a user out by failing on
 * purpose. Writing: 120 per user and 600 per address a minute. `PARLEY_SIGNIN_LIMIT` and `PARLEY_WRITE_LIMIT`
 * change the per-user numbers (an address gets five times as many, as several people may share one).
 */

const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
const FIRST_LOCK_MS = 60 * 1000;
const LONGEST_LOCK_MS = 15 * 60 * 1000;
const FORGET_FAILURES_MS = 60 * 60 * 1000;
const WRITE_WINDOW_MS = 60 * 1000;
const ADDRESS_FACTOR = 5;

type LimiterName = 'signin-address' | 'write-user' | 'write-address';

// On globalThis so that dev-server reloads keep counting instead of starting afresh.
const globalForLimits = globalThis as typeof globalThis & {
  __parleyLimiters?: Map<LimiterName, SlidingWindowLimiter>;
  __parleySignInFailures?: FailureBackoff;
};

/** A positive whole number from the environment variable `name`, else `fallback`. */
export function configured(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const signInLimit = () => configured('PARLEY_SIGNIN_LIMIT', 10);

function limiter(name: LimiterName): SlidingWindowLimiter {
  const write = configured('PARLEY_WRITE_LIMIT', 120);
  const wanted = {
    'signin-address': [signInLimit() * ADDRESS_FACTOR, SIGN_IN_WINDOW_MS],
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

function signInFailures(): FailureBackoff {
  const existing = globalForLimits.__parleySignInFailures;
  if (existing && existing.free === signInLimit()) return existing;
  globalForLimits.__parleySignInFailures = new FailureBackoff(signInLimit(), FIRST_LOCK_MS, LONGEST_LOCK_MS, FORGET_FAILURES_MS);
  return globalForLimits.__parleySignInFailures;
}

/**
 * The address a request came from: `X-Forwarded-For`, which the app's HTTP server (db/stack/server.mjs) sets from
 * the socket before Next sees the request, or from a trusted proxy's header when `PARLEY_TRUSTED_PROXIES` names the
 * socket's peer (lib/auth/forwarded-for.mjs). The last entry is taken, which is the only one that server leaves.
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

const pairKey = (username: string, address: string) => `${username.trim().toLowerCase()}\n${address}`;

/**
 * Runs a password check (`attempt`) under the sign-in limits: 429 at once when this address tried too often or
 * this username is locked from this address. A wrong password (the attempt fails with 401, or 400 for a password
 * change's current password) counts toward the lockout; a right one clears the pair's failures.
 */
export async function withSignInLimits<T>(username: string, address: string, attempt: () => Promise<T>): Promise<T> {
  check([['signin-address', address]], 'sign-in attempts');
  const key = pairKey(username, address);
  const locked = signInFailures().check(key);
  if (!locked.allowed) throw refuse(locked.retryAfterSeconds, 'sign-in attempts');
  try {
    const result = await attempt();
    signInFailures().reset(key);
    return result;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'unauthorized' || error.code === 'bad_request')) signInFailures().fail(key);
    throw error;
  }
}

/** Counts a write by this user from this address; 429 past the limit. */
export function limitWrite(principal: Principal | null, address: string): void {
  check([...(principal ? [['write-user', principal.id] as [LimiterName, string]] : []), ['write-address', address]], 'changes');
}
