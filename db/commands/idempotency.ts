import 'server-only';
import { createHash } from 'node:crypto';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../lib/errors';
import type { IdempotencyRequest } from '../../lib/write-api';
import { writeTransaction } from '../driver';

/**
 * A POST sent twice with the same `Idempotency-Key` (a double click, a retry after a lost answer) is done once:
 * the key is stored with the answer in the transaction that does the work, and a later request with that key
 * gets the stored answer instead. The uniqueness constraint on `IdempotencyKey.key` makes a concurrent twin wait
 * at its MERGE until the first commits, then find the key; if the first failed, nothing was stored and the twin
 * does the work itself. Keys are each user's own: the client picks them, so two users may pick the same one, and
 * one user must never be answered what another's request returned.
 *
 * A key serves retries, which come within minutes: after KEY_LIFETIME_MS it is expired, a request with it is done
 * anew, and sweeps delete expired keys a bounded batch at a time. A key stores only what its replay answers: the
 * body (a replay's status is always 200 with `Idempotent-Replay: true`), the request's fingerprint and its time.
 */

export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** The most expired keys one sweep deletes, so that a sweep stays one short transaction whatever piled up. */
export const SWEEP_BATCH = 1000;
// A sweep at most once a minute per process deletes far more keys a day than users' writes (rate-limited) create.
const SWEEP_INTERVAL_MS = 60 * 1000;

export type KeyClaim<T> = { replay: T } | { replay: null; fingerprint: string };

/** Identifies the request a key was used for: the same route with the same (parsed) input. */
function fingerprintOf(request: IdempotencyRequest, input: unknown): string {
  return createHash('sha256').update(request.scope).update('\n').update(JSON.stringify(input)).digest('hex');
}

/** The stored key: the user's id and the key they sent, so that the constraint on the one property covers both. */
function storedKey(request: IdempotencyRequest, userId: string): string {
  return `${userId}\n${request.key}`;
}

function expiredBefore(at: string): string {
  return new Date(Date.parse(at) - KEY_LIFETIME_MS).toISOString();
}

/** Claims the key for this user's request, or answers what their first request with it answered (unless expired). */
export async function claimKey<T>(
  tx: ManagedTransaction,
  request: IdempotencyRequest,
  userId: string,
  input: unknown,
  at: string,
): Promise<KeyClaim<T>> {
  const fingerprint = fingerprintOf(request, input);
  const result = await tx.run(
    `MERGE (k:IdempotencyKey {key: $key})
     ON CREATE SET k.fingerprint = $fingerprint, k.createdAt = $at
     ON MATCH SET k += CASE WHEN k.createdAt < $expiredBefore THEN {fingerprint: $fingerprint, createdAt: $at, response: null} ELSE {} END
     RETURN k.fingerprint AS fingerprint, k.response AS response`,
    { key: storedKey(request, userId), fingerprint, at, expiredBefore: expiredBefore(at) },
  );
  const stored = result.records[0]!;
  const response = stored.get('response') as string | null;
  if (response === null) return { replay: null, fingerprint };
  if (stored.get('fingerprint') !== fingerprint) {
    throw new AppError(
      'conflict',
      'This Idempotency-Key was already used for a different request. Send each new submission with a new key.',
    );
  }
  return { replay: JSON.parse(response) as T };
}

/** Stores the answer with the key, in the same transaction as the work, so that both are written or neither. */
export async function saveKeyResponse(tx: ManagedTransaction, request: IdempotencyRequest, userId: string, response: unknown): Promise<void> {
  await tx.run('MATCH (k:IdempotencyKey {key: $key}) SET k.response = $response', {
    key: storedKey(request, userId),
    response: JSON.stringify(response),
  });
}

/** Deletes at most SWEEP_BATCH keys that expired before `at`, oldest first; answers how many it deleted. */
export async function sweepExpiredKeys(at: string): Promise<number> {
  return writeTransaction(async (tx) => {
    const result = await tx.run<{ deleted: number }>(
      `MATCH (k:IdempotencyKey) WHERE k.createdAt < $expiredBefore
       WITH k ORDER BY k.createdAt LIMIT $batch
       DELETE k
       RETURN count(k) AS deleted`,
      { expiredBefore: expiredBefore(at), batch: int(SWEEP_BATCH) },
    );
    return result.records[0]!.toObject().deleted;
  });
}

let nextSweepAt = 0;

/** Before a write with a key: a sweep, when none ran in this process for a minute. */
export async function sweepExpiredKeysNowAndThen(): Promise<void> {
  const now = Date.now();
  if (now < nextSweepAt) return;
  nextSweepAt = now + SWEEP_INTERVAL_MS;
  try {
    await sweepExpiredKeys(new Date(now).toISOString());
  } catch (error) {
    // The write beside it goes on; expired keys wait for the next sweep. The log says why.
    console.warn('Sweeping expired idempotency keys failed; the next sweep tries again', error);
  }
}
