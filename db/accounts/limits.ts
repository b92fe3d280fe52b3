import 'server-only';
import { int } from 'neo4j-driver';
import { refuse, signInAddressLimit, signInBackoff, signInPairKey, writeLimits } from '../../lib/auth/limits';
import { lockMsAfter, lockVerdict, windowPlace, windowVerdict, type WindowedLimit } from '../../lib/auth/rate-limit';
import type { Principal } from '../../lib/auth/roles';
import { AppError } from '../../lib/errors';
import { readTransaction, writeOnce, writeTransaction } from '../driver';

/**
 * The rate limits' counts, in Neo4j so that every app process in front of it counts the same attempts (migration
 * 025). A limited request costs one small auto-commit write: a MERGE per limit on its uniquely constrained
 * `RateCount.key` (one node per key and window, lib/auth/rate-limit.ts) that adds the attempt, and a look at the
 * previous window's count. The increment reads the count it adds to, so Neo4j locks the node first: concurrent
 * attempts from any process queue on it and none is lost. A refused attempt is taken back, so it is not counted.
 * Counts and sign-in failures carry the time after which they no longer matter; sweeps delete those.
 */

// Fewer than one minute's worth of limited requests: a sweep stays one short transaction whatever piled up.
const SWEEP_BATCH = 1000;
const SWEEP_INTERVAL_MS = 60 * 1000;

/** Counts one attempt against every limit in `limits`, all or none; 429 naming `what` when one is full. */
export async function countAttempt(limits: WindowedLimit[], what: string, now = Date.now()): Promise<void> {
  await sweepExpiredNowAndThen(now);
  // In key order, so that two requests sharing two keys lock them in the same order and never deadlock.
  const places = limits.map((limit) => ({ limit, ...windowPlace(limit, now) })).sort((a, b) => (a.currentKey < b.currentKey ? -1 : 1));
  // One auto-commit query: each count is locked only while it runs. Counted in a managed transaction, the lock was
  // held until this process sent the commit, and 50 writes at once from one address queued for seconds on it.
  const counts = await writeOnce<{ current: number; previous: number }>(
    `UNWIND $windows AS window
     MERGE (current:RateCount {key: window.currentKey})
       ON CREATE SET current.count = 0, current.expiresAt = window.expiresAt
     SET current.count = current.count + 1
     WITH window, current
     OPTIONAL MATCH (previous:RateCount {key: window.previousKey})
     RETURN current.count AS current, coalesce(previous.count, 0) AS previous`,
    { windows: places.map(({ currentKey, previousKey, expiresAt }) => ({ currentKey, previousKey, expiresAt })) },
  );
  const refusals = counts
    .map(({ current, previous }, index) => windowVerdict(places[index]!.limit, { current: current - 1, previous }, now))
    .filter((verdict) => !verdict.allowed);
  if (refusals.length === 0) return;
  // A refused attempt is taken back from every count. Until then it may make a concurrent attempt look one over
  // the limit: that one is refused, never one too many let through.
  await writeOnce('UNWIND $keys AS key MATCH (current:RateCount {key: key}) SET current.count = current.count - 1', {
    keys: places.map(({ currentKey }) => currentKey),
  });
  throw refuse(Math.max(...refusals.map((verdict) => verdict.retryAfterSeconds)), what);
}

/** Counts a write by this user from this address; 429 past the limit. */
export function limitWrite(principal: Principal | null, address: string): Promise<void> {
  return countAttempt(writeLimits(principal, address), 'changes');
}

/** Whether the failures of `key` lock it now, and whether it has any recorded at all. */
async function lockoutOf(key: string, now: number): Promise<{ lockedUntil: number; known: boolean }> {
  return readTransaction(async (tx) => {
    const result = await tx.run<{ lockedUntil: number }>('MATCH (f:SignInFailures {key: $key}) RETURN f.lockedUntil AS lockedUntil', { key });
    const record = result.records[0];
    return record ? { lockedUntil: record.get('lockedUntil'), known: true } : { lockedUntil: now, known: false };
  });
}

async function recordFailure(key: string, now: number): Promise<void> {
  const backoff = signInBackoff();
  await writeTransaction(async (tx) => {
    // Reads the count it sets: Neo4j locks the node first, so two processes' failures both count.
    const result = await tx.run<{ count: number }>(
      `MERGE (f:SignInFailures {key: $key}) ON CREATE SET f.count = 0, f.lastAt = 0
       SET f.count = CASE WHEN f.lastAt > $forgetBefore THEN f.count + 1 ELSE 1 END, f.lastAt = $now
       RETURN f.count AS count`,
      { key, now, forgetBefore: now - backoff.forgetAfterMs },
    );
    const lockedUntil = now + lockMsAfter(result.records[0]!.get('count'), backoff);
    await tx.run('MATCH (f:SignInFailures {key: $key}) SET f.lockedUntil = $lockedUntil, f.expiresAt = $expiresAt', {
      key,
      lockedUntil,
      expiresAt: Math.max(lockedUntil, now + backoff.forgetAfterMs),
    });
  });
}

async function clearFailures(key: string): Promise<void> {
  await writeTransaction((tx) => tx.run('MATCH (f:SignInFailures {key: $key}) DELETE f', { key }));
}

/**
 * Runs a password check (`attempt`) under the sign-in limits: 429 at once when this address tried too often or
 * this username is locked from this address. A wrong password (the attempt fails with 401, or 400 for a password
 * change's current password) counts toward the lockout; a right one clears the pair's failures.
 */
export async function withSignInLimits<T>(username: string, address: string, attempt: () => Promise<T>): Promise<T> {
  const now = Date.now();
  await countAttempt([signInAddressLimit(address)], 'sign-in attempts', now);
  const key = signInPairKey(username, address);
  const lockout = await lockoutOf(key, now);
  const locked = lockVerdict(lockout.lockedUntil, now);
  if (!locked.allowed) throw refuse(locked.retryAfterSeconds, 'sign-in attempts');
  try {
    const result = await attempt();
    if (lockout.known) await clearFailures(key);
    return result;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'unauthorized' || error.code === 'bad_request')) await recordFailure(key, Date.now());
    throw error;
  }
}

/** Deletes at most SWEEP_BATCH expired counts and as many expired failures; answers how many it deleted. */
export async function sweepExpiredLimits(now: number): Promise<number> {
  return writeTransaction(async (tx) => {
    let deleted = 0;
    for (const label of ['RateCount', 'SignInFailures'] as const) {
      const result = await tx.run<{ deleted: number }>(
        `MATCH (n:${label}) WHERE n.expiresAt < $now WITH n LIMIT $batch DELETE n RETURN count(n) AS deleted`,
        { now, batch: int(SWEEP_BATCH) },
      );
      deleted += result.records[0]!.get('deleted');
    }
    return deleted;
  });
}

let nextSweepAt = 0;

/** Before counting: a sweep, when none ran in this process for a minute (each process sweeps; one would do, two are harmless). */
async function sweepExpiredNowAndThen(now: number): Promise<void> {
  if (now < nextSweepAt) return;
  nextSweepAt = now + SWEEP_INTERVAL_MS;
  try {
    await sweepExpiredLimits(now);
  } catch (error) {
    // The request beside it goes on; expired counts wait for the next sweep.
    console.warn('Sweeping expired rate-limit counts failed; the next sweep tries again', error);
  }
}
