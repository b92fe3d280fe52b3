import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '../driver';
import { createTestDriver, resetToDemoData } from '../testing/database';
import { getOverviewGraph } from './graph';

describe('getOverviewGraph (against Neo4j)', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createTestDriver();
    await resetToDemoData(driver);
  });
  afterAll(async () => {
    await driver.close();
    await closeDriver();
  });

  it('returns the whole demo graph as plain objects', async () => {
    const graph = await getOverviewGraph({ limit: 200 });
    expect(graph.actors).toHaveLength(11);
    expect(graph.ties).toHaveLength(14);
    expect(graph.meetings).toHaveLength(2);
    // Plain JSON: what React and the API receive has no driver types in it.
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
    expect(graph.ties.find((tie) => tie.id === 'israel-assassinates-ismail-haniyeh')).toEqual({
      id: 'israel-assassinates-ismail-haniyeh',
      type: 'ASSASSINATES',
      family: 'conflict',
      subjectId: 'israel',
      objectId: 'ismail-haniyeh',
      since: null,
      until: null,
      confidence: 'high',
      citationCount: 1,
      bestReliability: 'F',
    });
    const multilateral = graph.meetings.find((meeting) => meeting.id === 'multilateral-intelligence-diplomacy');
    expect(multilateral?.participants).toHaveLength(6);
    expect(multilateral?.participants).toContainEqual({ actorId: 'united-states', role: 'participant' });
  });

  it('keeps the best-connected actors when limited, and only ties between them', async () => {
    const graph = await getOverviewGraph({ limit: 3 });
    expect(graph.actors.map((actor) => actor.id)).toEqual(['israel', 'hamas', 'mit']);
    const ids = new Set(graph.actors.map((actor) => actor.id));
    for (const tie of graph.ties) expect(ids.has(tie.subjectId) && ids.has(tie.objectId)).toBe(true);
  });
});
