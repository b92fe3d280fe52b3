import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '../testing/demo-database';
import { getExpandPreview, getNeighbourhood } from './neighbours';

describe('getExpandPreview and getNeighbourhood (against Neo4j)', () => {
  const db = useDemoDatabase();

  it("previews Qatar's one-step neighbours: the five others at the talks, two of them through its mediation", async () => {
    expect(await getExpandPreview({ actorId: 'qatar', hops: 1 })).toEqual({
      actorId: 'qatar',
      hops: 1,
      total: 5,
      byConnection: [
        { connection: 'MEETING', count: 5 },
        { connection: 'MEDIATES_FOR', count: 2 },
      ],
      estimated: false,
    });
  });

  it('offers every kind met within two steps, counting each actor under every kind on its way', async () => {
    const preview = await getExpandPreview({ actorId: 'qatar', hops: 2 });
    // Within two steps of any kind, Qatar reaches everyone else in the demo graph.
    expect(preview.total).toBe(10);
    // Kinds met only on a second step (Israel's ASSASSINATES, say) are offered too, so any can be left out.
    expect(preview.byConnection).toEqual([
      { connection: 'MEETING', count: 10 },
      { connection: 'MEDIATES_FOR', count: 8 },
      { connection: 'LEADS', count: 3 },
      { connection: 'NEGOTIATES_WITH', count: 2 },
      { connection: 'ASSASSINATES', count: 1 },
      { connection: 'CRITICIZES', count: 1 },
      { connection: 'PART_OF', count: 1 },
    ]);
  });

  it('lists the neighbours best-connected first, and says when the limit cut the list', async () => {
    expect(await getNeighbourhood({ actorId: 'qatar', hops: 2, connections: null, limit: 3 })).toEqual({
      actorId: 'qatar',
      hops: 2,
      actorIds: ['israel', 'hamas', 'mit'],
      total: 10,
      truncated: true,
      estimated: false,
    });
  });

  it('follows only the kinds of step asked for', async () => {
    const mediation = await getNeighbourhood({ actorId: 'qatar', hops: 2, connections: ['MEDIATES_FOR'], limit: 150 });
    expect(mediation).toMatchObject({ actorIds: ['israel', 'hamas', 'mit', 'egypt'], total: 4, truncated: false });
    const structure = await getNeighbourhood({ actorId: 'ibrahim-kalin', hops: 2, connections: ['LEADS', 'PART_OF'], limit: 150 });
    expect(structure.actorIds).toEqual(['mit', 'turkey']);
    expect((await getNeighbourhood({ actorId: 'united-states', hops: 2, connections: ['LEADS'], limit: 150 })).actorIds).toEqual([]);
  });

  it('does not step through deleted meetings or ties, nor to deleted actors', async () => {
    await db.run("MATCH (n:Meeting {id: 'multilateral-intelligence-diplomacy'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Tie {id: 'qatar-mediates-for-israel'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Actor {id: 'egypt'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    expect(await getExpandPreview({ actorId: 'united-states', hops: 2 })).toMatchObject({ total: 0, byConnection: [] });
    const qatar = await getNeighbourhood({ actorId: 'qatar', hops: 2, connections: null, limit: 150 });
    // Hamas, then Hamas's leader, Israel (negotiating) and MİT (mediating); Egypt is deleted.
    expect(qatar.actorIds).toEqual(['israel', 'hamas', 'mit', 'ismail-haniyeh']);
  });

  it('answers not_found for an unknown actor', async () => {
    await expect(getExpandPreview({ actorId: 'nobody', hops: 1 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getNeighbourhood({ actorId: 'nobody', hops: 1, connections: null, limit: 5 })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
