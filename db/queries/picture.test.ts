import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../lib/auth/roles';
import { parseImport } from '../../lib/import/parse';
import { drawnEdgeCount } from '../../lib/picture';
import { EXPAND_CAP } from '../../lib/schemas/requests';
import { DEFAULT_VIEW } from '../../lib/view-state';
import { loadBatch } from '../bulk/load';
import { closeDriver } from '../driver';
import { createTestDriver, resetToDemoData } from '../testing/database';
import { eventLikeExport } from '../testing/event-like';
import { getViewPicture } from './graph';
import { getNeighbourhood } from './neighbours';

const IMPORTER: Principal = { id: 'picture-test', username: 'picture-test', name: 'picture-test', role: 'editor' };

describe('the picture of event data at real size (against Neo4j)', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = createTestDriver();
    await resetToDemoData(driver);
    // 1,100 actors, 3,200 ties on power-law pairs coded again and again, 500 meetings of two and of three.
    const batch = parseImport('parley-json', [{ name: 'events.json', text: eventLikeExport() }]);
    expect(batch.errors).toEqual([]);
    const report = await loadBatch(batch, { principal: IMPORTER, dryRun: false });
    expect(report.created).toMatchObject({ actors: 1_100, ties: 3_200, meetings: 500 });
  }, 180_000);
  afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
    await closeDriver();
  });

  it('opens on a connected core: at most one line per pair, type and direction, no actor without a line', async () => {
    const overview = await getViewPicture(DEFAULT_VIEW);
    expect(overview.actors.length).toBeGreaterThanOrEqual(20);
    expect(overview.actors.every((actor) => actor.degree > 0)).toBe(true);
    const keys = overview.lines.map((line) => (overview.fold === 'type' ? `${line.sourceId}>${line.targetId}:${line.type ?? 'met'}` : `${[line.sourceId, line.targetId].sort().join('~')}:${line.family ?? 'met'}`));
    expect(new Set(keys).size).toBe(keys.length);
    // The lines hold many more claims than they are.
    expect(overview.claims.ties + overview.claims.meetings).toBeGreaterThan(2 * overview.lines.length);
    expect(overview.overview?.actorsInGraph).toBe(1_111);
  });

  it('shows a hub’s neighbourhood in fewer than 150 edges, folded, and says how many neighbours it left out', async () => {
    const hub = 'event-actor-0';
    const neighbourhood = await getNeighbourhood({ actorId: hub, hops: 1, connections: null, limit: EXPAND_CAP, readable: true });
    expect(neighbourhood.truncated).toBe(true);
    expect(neighbourhood.actorIds.length).toBeGreaterThanOrEqual(5);
    const view = { ...DEFAULT_VIEW, actors: [hub, ...neighbourhood.actorIds] };
    const folded = await getViewPicture(view);
    expect(drawnEdgeCount(folded)).toBeLessThan(150);
    // Every claim apart, the same actors draw several times as many edges, and the answer is several times larger.
    const everyClaim = await getViewPicture({ ...view, fold: 'claims' });
    expect(drawnEdgeCount(everyClaim)).toBeGreaterThan(2 * drawnEdgeCount(folded));
    expect(JSON.stringify(everyClaim).length).toBeGreaterThan(2 * JSON.stringify(folded).length);
  });
});
