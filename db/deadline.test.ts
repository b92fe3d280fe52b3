import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors';
import { closeDriver, readTransaction } from './driver';
import { DATABASE_NOT_ANSWERING_MESSAGE } from './errors';

/**
 * A read past its deadline on a Neo4j that answers is a read that asks for too much (on `large`, the view of a hub
 * with its 150 neighbours), not a database that hangs: the answer says so, and asks for less instead of promising
 * that Parley carries on once the database answers again. (The hung database is app/api/outage.test.ts.)
 */
describe('a read past its deadline while Neo4j answers (against Neo4j)', () => {
  const DEADLINE_MS = 1_500;

  beforeAll(async () => {
    process.env.PARLEY_READ_DEADLINE_MS = String(DEADLINE_MS);
    await closeDriver();
  });
  afterAll(async () => {
    delete process.env.PARLEY_READ_DEADLINE_MS;
    await closeDriver();
  });

  it('answers that it asks for too much, within its deadline, and the next read answers', async () => {
    // Warm: the driver's connection is open, so that only the query's own time counts.
    await readTransaction((tx) => tx.run('RETURN 1'));
    const started = performance.now();
    // Counting a hundred million numbers keeps Neo4j busy with this one read for many seconds.
    const error = await readTransaction((tx) => tx.run('UNWIND range(1, 100000000) AS n RETURN count(n) AS numbers')).catch((caught: unknown) => caught);
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('read_too_long');
    expect((error as AppError).message).not.toBe(DATABASE_NOT_ANSWERING_MESSAGE);
    expect((error as AppError).message).toMatch(/asks for more than can be read in that time\. Ask for less/);
    // Timers fire late on a loaded machine.
    expect(ms).toBeLessThan(DEADLINE_MS + 1_500);
    const [record] = (await readTransaction((tx) => tx.run('RETURN 2 AS two'))).records;
    expect(Number(record?.get('two'))).toBe(2);
  });
});
