import { Neo4jError, type Driver, type Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonError } from '../lib/api-response';
import { writeTransaction } from './driver';
import { DATABASE_BUSY_MESSAGE, toAppError } from './errors';
import { createTestDriver, testDatabaseSettings } from './testing/database';
import { useDemoDatabase } from './testing/demo-database';

/**
 * Deadlocks on a real Neo4j: two transactions each lock one of two nodes, then ask for the other's. Neo4j ends one
 * of them with a transient DeadlockDetected; the managed transaction retries it, and one that outlived the
 * retries is answered as a busy database, not as one that cannot be reached.
 */

const LOCK_IDS = ['deadlock-a', 'deadlock-b'] as const;

/** Resolves for everyone once `parties` callers have arrived; later callers (a retry) go straight through. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release!: () => void;
  const everyone = new Promise<void>((resolve) => (release = resolve));
  return () => {
    arrived += 1;
    if (arrived >= parties) release();
    return everyone;
  };
}

const LOCK = 'MATCH (n:DeadlockProbe {id: $id}) SET n.lockedBy = $by';

describe('transient errors (against Neo4j)', () => {
  const database = useDemoDatabase();
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await database.run('UNWIND $ids AS id CREATE (:DeadlockProbe {id: id})', { ids: [...LOCK_IDS] });
  });
  afterAll(async () => {
    await database.run('MATCH (n:DeadlockProbe) DELETE n');
    await driver.close();
  });

  it('retries a write that Neo4j ended on a deadlock, and both writes succeed', async () => {
    const eachHoldsOne = barrier(2);
    const attempts = { forward: 0, backward: 0 };
    const lockBoth = (name: keyof typeof attempts, [first, second]: readonly string[]) =>
      writeTransaction(async (tx) => {
        attempts[name] += 1;
        await tx.run(LOCK, { id: first, by: name });
        await eachHoldsOne();
        await tx.run(LOCK, { id: second, by: name });
        return name;
      });

    const results = await Promise.all([lockBoth('forward', LOCK_IDS), lockBoth('backward', [...LOCK_IDS].reverse())]);

    expect(results).toEqual(['forward', 'backward']);
    // One of the two was chosen as the deadlock's victim and run again; the other ran once.
    expect([attempts.forward, attempts.backward].sort()).toEqual([1, 2]);
    const rows = await database.query('MATCH (n:DeadlockProbe) RETURN DISTINCT n.lockedBy AS by');
    expect(rows).toHaveLength(1);
  });

  it('answers a deadlock that outlived the retries with 503 "busy with conflicting writes" and Retry-After', async () => {
    const { database: name } = testDatabaseSettings();
    const sessions = [driver.session({ database: name }), driver.session({ database: name })];
    const transactions: Transaction[] = await Promise.all(sessions.map((session) => session.beginTransaction()));
    try {
      // Unmanaged transactions, so that nothing retries: each holds one node, then asks for the other's.
      await transactions[0]!.run(LOCK, { id: LOCK_IDS[0], by: 'first' });
      await transactions[1]!.run(LOCK, { id: LOCK_IDS[1], by: 'second' });
      const outcomes = await Promise.allSettled([
        transactions[0]!.run(LOCK, { id: LOCK_IDS[1], by: 'first' }),
        transactions[1]!.run(LOCK, { id: LOCK_IDS[0], by: 'second' }),
      ]);
      const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
      expect(failures).toHaveLength(1);
      const deadlock = failures[0];
      expect(deadlock).toBeInstanceOf(Neo4jError);
      expect((deadlock as Neo4jError).code).toBe('Neo.TransientError.Transaction.DeadlockDetected');

      const answered = toAppError(deadlock);
      expect(answered.code).toBe('database_busy');
      expect(answered.message).toBe(DATABASE_BUSY_MESSAGE);
      const response = jsonError(answered);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect((await response.json()).error.message).toBe('The database was busy with conflicting writes; try again.');
    } finally {
      await Promise.allSettled(transactions.map((tx) => tx.rollback()));
      await Promise.all(sessions.map((session) => session.close()));
    }
  });
});
