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
 * does the work itself.
 */

export type KeyClaim<T> = { replay: T } | { replay: null; fingerprint: string };

/** Identifies the request a key was used for: the same route with the same (parsed) input. */
function fingerprintOf(request: IdempotencyRequest, input: unknown): string {
  return createHash('sha256').update(request.scope).update('\n').update(JSON.stringify(input)).digest('hex');
}

/** Claims the key for this request, or answers what the first request with it answered. */
export async function claimKey<T>(tx: ManagedTransaction, request: IdempotencyRequest, input: unknown, at: string): Promise<KeyClaim<T>> {
  const fingerprint = fingerprintOf(request, input);
  const result = await tx.run(
    `MERGE (k:IdempotencyKey {key: $key})
     ON CREATE SET k.fingerprint = $fingerprint, k.createdAt = $at
     RETURN k.fingerprint AS fingerprint, k.response AS response`,
    { key: request.key, fingerprint, at },
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
export async function saveKeyResponse(tx: ManagedTransaction, request: IdempotencyRequest, response: unknown): Promise<void> {
  await tx.run('MATCH (k:IdempotencyKey {key: $key}) SET k.response = $response', {
    key: request.key,
    response: JSON.stringify(response),
  });
}
