import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '../seed/demo';
import { useDemoDatabase } from '../testing/demo-database';
import { importRecords } from '../testing/import';
import { getTieDetails } from './ties';

describe('getTieDetails (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('traces the assassination of Haniyeh to the exact words of the article and its source', async () => {
    const details = await getTieDetails({ id: 'israel-assassinates-ismail-haniyeh' });
    expect(details.tie).toMatchObject({ type: 'ASSASSINATES', subjectId: 'israel', objectId: 'ismail-haniyeh', citationCount: 1 });
    expect(details.subject).toEqual({ id: 'israel', name: 'Israel', kind: 'state' });
    expect(details.object).toEqual({ id: 'ismail-haniyeh', name: 'Ismail Haniyeh', kind: 'person' });
    expect(details.summary).toMatch(/assassination of Haniyeh to Israel/);
    expect(details.citations).toEqual([
      {
        quote: "L'assassinat par Israël du président du bureau politique du Hamas, Ismail Haniye, a perturbé le processus de cessez-le-feu.",
        credibility: 3,
        source: DEMO_SOURCE,
      },
    ]);
    expect(details.samePair).toEqual([]);
    expect(details.version).toBe(1);
    expect(JSON.parse(JSON.stringify(details))).toEqual(details);
  });

  it('lists every citation of a tie cited twice', async () => {
    const details = await getTieDetails({ id: 'ismail-haniyeh-leads-hamas' });
    expect(details.citations).toHaveLength(2);
    expect(details.citations.map((citation) => citation.quote)).toContainEqual(expect.stringContaining('le leader du Hamas Ismail Haniye'));
  });

  it('shows the other claims about the same two actors, in either direction, until they are deleted', async () => {
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      ties: [
        { id: 'hamas-accuses-israel', type: 'ACCUSES', subjectId: 'hamas', objectId: 'israel', confidence: 'low', summary: 'For the test.', sourceId: DEMO_SOURCE.id, quote: 'q', credibility: 4 },
      ],
    });
    const details = await getTieDetails({ id: 'israel-negotiates-with-hamas' });
    expect(details.samePair).toEqual([
      expect.objectContaining({ id: 'hamas-accuses-israel', type: 'ACCUSES', family: 'verbal-conflict', subjectId: 'hamas', objectId: 'israel' }),
    ]);
    await db.run("MATCH (n:Tie {id: 'hamas-accuses-israel'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    expect((await getTieDetails({ id: 'israel-negotiates-with-hamas' })).samePair).toEqual([]);
  });

  it('answers not_found for an unknown tie, a deleted one, or one whose actor was deleted', async () => {
    await expect(getTieDetails({ id: 'nobody-leads-nothing' })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No tie with id "nobody-leads-nothing".',
    });
    await expect(getTieDetails({ id: 'hamas-accuses-israel' })).rejects.toMatchObject({ code: 'not_found' });
    await db.run("MATCH (n:Actor {id: 'qatar'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await expect(getTieDetails({ id: 'qatar-mediates-for-hamas' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('leaves out citations of deleted sources', async () => {
    await db.run("MATCH (n:Source {id: $id}) SET n.deletedAt = '2026-01-01T00:00:00Z'", { id: DEMO_SOURCE.id });
    const details = await getTieDetails({ id: 'egypt-mediates-for-hamas' });
    expect(details.citations).toEqual([]);
    expect(details.tie).toMatchObject({ citationCount: 0, bestReliability: null });
  });
});
