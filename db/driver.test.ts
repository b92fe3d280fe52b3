import { describe, expect, it } from 'vitest';
import { readWithin } from './driver';
import { useDemoDatabase } from './testing/demo-database';

describe('readWithin (against Neo4j)', () => {
  useDemoDatabase();

  it('answers what the read found when it ends in time', async () => {
    const count = await readWithin(10_000, async (tx) => (await tx.run<{ n: number }>('MATCH (a:Actor) RETURN count(a) AS n')).records[0]!.get('n'));
    expect(count).toBe(11);
  });

  it('answers null, instead of failing, when Neo4j stopped a read that ran out of time', async () => {
    // Tens of millions of rows: seconds of work, stopped after 50 ms.
    const sum = await readWithin(50, (tx) => tx.run('UNWIND range(1, 50000000) AS x RETURN sum(x) AS total'));
    expect(sum).toBeNull();
  });
});
