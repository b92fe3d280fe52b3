/**
 * A sliding-window rate limiter kept in this process's memory: each key (a user, an address) may make `limit`
 * attempts in any `windowMs`. Enough for one server process; several processes would each count on their own.
 */

export interface Verdict {
  allowed: boolean;
  /** Whole seconds until the oldest attempt leaves the window, when refused. */
  retryAfterSeconds: number;
}

export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>();
  private hitsSinceSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt for `key` and says whether it is allowed; refused attempts are not counted. */
  hit(key: string, now = Date.now()): Verdict {
    this.sweepSometimes(now);
    const recent = this.recent(key, now);
    if (recent.length >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.attempts.set(key, recent);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Forgets a key's attempts, such as a username's failed sign-ins once it signs in. */
  reset(key: string): void {
    this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  // Keys that stopped coming would otherwise stay forever: now and then, drop those with no recent attempt.
  private sweepSometimes(now: number): void {
    this.hitsSinceSweep += 1;
    if (this.hitsSinceSweep < 1000) return;
    this.hitsSinceSweep = 0;
    for (const [key, times] of this.attempts) {
      if (times.every((at) => at <= now - this.windowMs)) this.attempts.delete(key);
    }
  }
}

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/**
 * Failed attempts per key (a username tried from one address), kept in this process's memory, with a lockout that
 * grows: the `free`-th failure locks the key for `firstLockMs`, each further one for twice as long as the last, up
 * to `maxLockMs`. Failures are forgotten `forgetAfterMs` after the last one, or when the key succeeds (`reset`).
 */
export class FailureBackoff {
  private readonly failures = new Map<string, Failures>();
  private failsSinceSweep = 0;

  constructor(
    readonly free: number,
    readonly firstLockMs: number,
    readonly maxLockMs: number,
    readonly forgetAfterMs: number,
  ) {}

  /** Whether `key` may try now; when locked, how many whole seconds are left. */
  check(key: string, now = Date.now()): Verdict {
    const lockedUntil = this.failures.get(key)?.lockedUntil ?? 0;
    if (lockedUntil <= now) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((lockedUntil - now) / 1000)) };
  }

  /** Records a failure for `key`, and locks it once it has failed `free` times. */
  fail(key: string, now = Date.now()): void {
    this.sweepSometimes(now);
    const previous = this.failures.get(key);
    const count = previous && previous.lastAt > now - this.forgetAfterMs ? previous.count + 1 : 1;
    const lockMs = count < this.free ? 0 : Math.min(this.maxLockMs, this.firstLockMs * 2 ** (count - this.free));
    this.failures.set(key, { count, lastAt: now, lockedUntil: now + lockMs });
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  // As in SlidingWindowLimiter: keys that stopped failing are dropped now and then, so the map does not grow forever.
  private sweepSometimes(now: number): void {
    this.failsSinceSweep += 1;
    if (this.failsSinceSweep < 1000) return;
    this.failsSinceSweep = 0;
    for (const [key, { lastAt, lockedUntil }] of this.failures) {
      if (lastAt <= now - this.forgetAfterMs && lockedUntil <= now) this.failures.delete(key);
    }
  }
}
