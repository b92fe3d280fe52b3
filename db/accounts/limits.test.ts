import { describe, expect, it } from 'vitest';
import type { WindowedLimit } from '../../lib/auth/rate-limit';
import { AppError } from '../../lib/errors';
import { useDemoDatabase } from '../testing/demo-database';
import { countAttempt, sweepExpiredLimits } from './limits';

const limitOf = (key: string, limit: number): WindowedLimit => ({ name: 'test', key, limit, windowMs: 60_000 });
const codeOf = (outcome: PromiseSettledResult<unknown>) => (outcome.status === 'fulfilled' ? 'ok' : (outcome.reason as AppError).code);

describe('rate limits counted in Neo4j (against Neo4j)', () => {
  const db = useDemoDatabase();
  const storedCounts = async (key: string) =>
    (await db.query('MATCH (c:RateCount) WHERE c.key CONTAINS $key RETURN sum(c.count) AS count', { key: `\n${key}\n` }))[0]!.count;

  it('lets exactly `limit` of many concurrent attempts through, and does not count the refused ones', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => countAttempt([limitOf('burst', 5)], 'tests')));
    expect(outcomes.map(codeOf).sort()).toEqual([...Array(5).fill('ok'), ...Array(7).fill('too_many_requests')]);
    expect(await storedCounts('burst')).toBe(5);
  });

  it('counts an attempt against all its limits or none, and says when to come back', async () => {
    const user = limitOf('one-user', 1);
    const address = limitOf('their-address', 10);
    await countAttempt([user, address], 'changes');
    const refused = await countAttempt([user, address], 'changes').catch((error: AppError) => error);
    expect(refused).toMatchObject({ code: 'too_many_requests', message: expect.stringMatching(/Too many changes in a short time/) });
    expect((refused as AppError).details?.retryAfter).toBeGreaterThan(0);
    expect(await storedCounts('their-address')).toBe(1);
    // Another user from the same address still may.
    await countAttempt([limitOf('another-user', 1), address], 'changes');
    expect(await storedCounts('their-address')).toBe(2);
  });

  it('weighs the previous window, so that no burst of twice the limit passes at a window edge', async () => {
    const limit = limitOf('edge', 3);
    const endOfWindow = Math.floor(Date.now() / 60_000) * 60_000 + 59_000;
    for (let attempt = 0; attempt < 3; attempt++) await countAttempt([limit], 'tests', endOfWindow);
    // Two seconds later a new window has begun, but 59/60 of the previous one still counts: 2.95 of 3 attempts.
    await countAttempt([limit], 'tests', endOfWindow + 2_000);
    await expect(countAttempt([limit], 'tests', endOfWindow + 2_000)).rejects.toMatchObject({ code: 'too_many_requests' });
  });

  it('sweeps away the counts and sign-in failures whose time has passed, and only those', async () => {
    await countAttempt([limitOf('kept', 5)], 'tests');
    await db.run("CREATE (:RateCount {key: 'expired', count: 3, expiresAt: 0}), (:SignInFailures {key: 'expired', count: 1, expiresAt: 0})");
    expect(await sweepExpiredLimits(Date.now())).toBe(2);
    expect(await db.query("MATCH (n) WHERE n.key = 'expired' RETURN n")).toEqual([]);
    expect(await storedCounts('kept')).toBe(1);
  });
});
