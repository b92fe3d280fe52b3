import { describe, expect, it } from 'vitest';
import { readTransaction, writeTransaction } from '../driver';
import { getOverviewGraph } from '../queries/graph';
import { useDemoDatabase } from '../testing/demo-database';
import { importRecords } from '../testing/import';
import { DEMO_SOURCE } from '../seed/demo';
import { computeGraphPageRank, pageRankComputedAt, refreshGraphPageRankIfDue, type MeasureTransactions } from './pagerank';

const transactions: MeasureTransactions = { read: readTransaction, write: writeTransaction };

describe('the whole graph’s PageRank (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  const ranks = async () =>
    new Map((await db.query('MATCH (a:Actor) WHERE a.deletedAt IS NULL RETURN a.id AS id, a.pagerank AS rank')).map((row) => [row.id as string, row.rank as number]));

  it('is on every actor once the demo data is loaded, recorded with how it was computed', async () => {
    const byId = await ranks();
    expect(byId.size).toBe(11);
    expect([...byId.values()].every((rank) => rank > 0)).toBe(true);
    expect([...byId.values()].reduce((sum, rank) => sum + rank, 0)).toBeCloseTo(1, 5);
    // Israel has the most ties and meetings of the demo; İbrahim Kalın hangs on MİT and one meeting.
    const order = [...byId].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order[0]).toBe('israel');
    expect(byId.get('mit')!).toBeGreaterThan(byId.get('ibrahim-kalin')!);
    const [measure] = await db.query('MATCH (m:GraphMeasure {name: "pagerank"}) RETURN m.method AS method, m.actors AS actors, m.pairs AS pairs');
    // 14 ties, the meeting of two and the fifteen pairs of the multilateral talks, of which seven are also tied.
    expect(measure).toEqual({ method: 'app', actors: 11, pairs: 23 });
  });

  it('ranks the overview’s candidates', async () => {
    const byId = await ranks();
    const best = [...byId].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const overview = await getOverviewGraph({ limit: 3 });
    expect(overview.actors.map((actor) => actor.id).sort()).toEqual(best.slice(0, 3).sort());
  });

  it('is computed at most once per interval, whoever asks', async () => {
    const now = new Date();
    const first = await refreshGraphPageRankIfDue(transactions, { minIntervalMs: 60_000, now });
    // The demo load computed it a moment ago.
    expect(first).toHaveProperty('dueAt');
    const later = new Date(now.getTime() + 61_000);
    const second = await refreshGraphPageRankIfDue(transactions, { minIntervalMs: 60_000, now: later });
    expect(second).toHaveProperty('report');
    const third = await refreshGraphPageRankIfDue(transactions, { minIntervalMs: 60_000, now: new Date(later.getTime() + 1_000) });
    expect(third).toEqual({ dueAt: new Date(later.getTime() + 60_000) });
    expect(await readTransaction(pageRankComputedAt)).toBe(later.toISOString());
  });

  it('follows a deletion, and an import before it answers', async () => {
    await db.run('MATCH (t:Tie {id: "ibrahim-kalin-leads-mit"}) SET t.deletedAt = "2025-01-01T00:00:00Z"');
    const before = (await ranks()).get('ibrahim-kalin')!;
    await computeGraphPageRank(transactions);
    expect((await ranks()).get('ibrahim-kalin')!).toBeLessThan(before);

    // A star of ten new actors round a new hub: the import ranks them before it returns.
    const leaves = Array.from({ length: 10 }, (_, index) => `leaf-${index}`);
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      actors: [{ id: 'new-hub', name: 'New hub', kind: 'state' }, ...leaves.map((id) => ({ id, name: id, kind: 'person' as const }))],
      ties: leaves.map((id) => ({ id: `${id}-supports-new-hub`, type: 'SUPPORTS', subjectId: id, objectId: 'new-hub', sourceId: DEMO_SOURCE.id, quote: 'q' })),
    });
    const after = await ranks();
    const order = [...after].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order[0]).toBe('new-hub');
    expect(after.get('leaf-0')!).toBeGreaterThan(0);
  });
});
