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
