import 'server-only';
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../lib/errors';
import type { IdempotencyRequest } from '../../lib/write-api';

/**
 * A POST sent twice with the same `Idempotency-Key` (a double click, a retry after a lost answer) is done once:
 * the key is stored with the answer in the transaction that does the work, and a later request with that key
 * gets the stored answer instead. The uniqueness constraint on `IdempotencyKey.key` makes a concurrent twin wait
 * at its MERGE until the first commits, then find the key; if the first failed, nothing was stored and the twin
 * does the work itself. Keys are each user's own: the client picks them, so two users may pick the same one, and
 * one user must never be answered what another's request returned.
 */

export type KeyClaim<T> = { replay: T } | { replay: null; fingerprint: string };

/** Identifies the request a key was used for: the same route with the same (parsed) input. */
function fingerprintOf(request: IdempotencyRequest, input: unknown): string {
  return createHash('sha256').update(request.scope).update('\n').update(JSON.stringify(input)).digest('hex');
}

/** The stored key: the user's id and the key they sent, so that the constraint on the one property covers both. */
function storedKey(request: IdempotencyRequest, userId: string): string {
  return `${userId}\n${request.key}`;
}

/** Claims the key for this user's request, or answers what their first request with it answered. */
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
     ON CREATE SET k.userId = $userId, k.fingerprint = $fingerprint, k.createdAt = $at
     RETURN k.fingerprint AS fingerprint, k.response AS response`,
    { key: storedKey(request, userId), userId, fingerprint, at },
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
