/**
 * The arithmetic of the rate limits, kept apart from where the counts live (Neo4j, db/accounts/limits.ts, so that
 * several app processes count as one). A limit of `limit` attempts per `windowMs` is counted in fixed windows, one
 * stored count per key and window, and judged as a sliding window: the attempts of the current window plus those
 * of the previous one weighted by how much of it the sliding window still covers. Two counts per key, whatever the
 * traffic, and no burst of twice the limit across a window's edge, as plain fixed windows would allow.
 */

export interface Verdict {
  allowed: boolean;
  /** Whole seconds until an attempt would be allowed again, when refused. */
  retryAfterSeconds: number;
}

/** One limit on one key (a user, an address): `limit` attempts in any `windowMs`. */
export interface WindowedLimit {
  name: string;
  key: string;
  limit: number;
  windowMs: number;
}

/** Where a limit's counts are stored at `now`, and what the previous window's count weighs. */
export interface WindowPlace {
  currentKey: string;
  previousKey: string;
  /** The share of the previous window the sliding window still covers: 1 at the window's start, near 0 at its end. */
  previousWeight: number;
  /** When the current window's count no longer matters (once it is no longer the previous window either). */
  expiresAt: number;
}

// The limit is part of the key: a changed setting starts a fresh count.
const storedKey = ({ name, key, limit, windowMs }: WindowedLimit, index: number) => `${name}\n${limit}/${windowMs}\n${key}\n${index}`;

export function windowPlace(limit: WindowedLimit, now: number): WindowPlace {
  const index = Math.floor(now / limit.windowMs);
  const elapsed = now - index * limit.windowMs;
  return {
    currentKey: storedKey(limit, index),
    previousKey: storedKey(limit, index - 1),
    previousWeight: 1 - elapsed / limit.windowMs,
    expiresAt: (index + 2) * limit.windowMs,
  };
}

const wholeSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Whether one more attempt fits, given the counts of the current and previous windows before it; when not, how long to wait. */
export function windowVerdict(limit: WindowedLimit, counts: { current: number; previous: number }, now: number): Verdict {
  const { limit: most, windowMs } = limit;
  const { previousWeight } = windowPlace(limit, now);
  if (counts.current + counts.previous * previousWeight < most) return { allowed: true, retryAfterSeconds: 0 };
  const elapsed = (1 - previousWeight) * windowMs;
  // Full on its own: until this window, become the previous one, weighs less than the limit.
  if (counts.current >= most) return { allowed: false, retryAfterSeconds: wholeSeconds(windowMs - elapsed + windowMs * (1 - most / counts.current)) };
  // Until enough of the previous window has slid out.
  return { allowed: false, retryAfterSeconds: wholeSeconds(windowMs * (1 - (most - counts.current) / counts.previous) - elapsed) };
}

/**
 * The lockout after failed attempts (wrong passwords): none for the first `free - 1`, then `firstLockMs` at the
 * `free`-th, each further failure twice as long as the last, up to `maxLockMs`.
 */
export interface Backoff {
  free: number;
  firstLockMs: number;
  maxLockMs: number;
  /** Failures are forgotten this long after the last one. */
  forgetAfterMs: number;
}

export function lockMsAfter(failures: number, backoff: Backoff): number {
  if (failures < backoff.free) return 0;
  return Math.min(backoff.maxLockMs, backoff.firstLockMs * 2 ** (failures - backoff.free));
}

export function lockVerdict(lockedUntil: number, now: number): Verdict {
  return lockedUntil <= now ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: wholeSeconds(lockedUntil - now) };
}
