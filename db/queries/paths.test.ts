import { describe, expect, it } from 'vitest';
import type { PathResult } from '../../lib/graph';
import { useDemoDatabase } from '../testing/demo-database';
import { findPaths, type PathRequest } from './paths';

const MULTILATERAL = 'multilateral-intelligence-diplomacy';

function request(overrides: Partial<PathRequest>): PathRequest {
  return { from: 'united-states', to: 'hamas', maxHops: 6, limit: 5, connections: null, minReliability: null, tiesOnly: false, ...overrides };
}

/** Each path as the ids of its claims, e.g. ['multilateral-intelligence-diplomacy']. */
function claimIds(result: PathResult): string[][] {
  return result.paths.map((path) => path.steps.map((step) => (step.via === 'tie' ? step.tie.id : step.meeting.id)));
}

describe('findPaths (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('connects the United States to Hamas through the multilateral talks, quoting the article', async () => {
    const result = await findPaths(request({}));
    expect(result).toMatchObject({ from: 'united-states', to: 'hamas' });
    const [shortest] = result.paths;
    expect(shortest?.steps).toHaveLength(1);
    const step = shortest!.steps[0]!;
    expect(step).toMatchObject({ from: 'united-states', to: 'hamas', via: 'meeting', meeting: { id: MULTILATERAL } });
    expect(step.citations.map((citation) => citation.quote)).toContainEqual(
      expect.stringContaining('Une diplomatie multilatérale du renseignement a été menée aux côtés des hauts dirigeants du Hamas'),
    );
    expect(step.citations[0]?.source).toMatchObject({ id: 'gaza-ceasefire-turkey-fr', reliability: 'F' });
    expect(result.actors.map((actor) => actor.id)).toContain('united-states');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('lists longer paths after the shortest, up to the limit, never passing an actor or claim twice', async () => {
    const result = await findPaths(request({ limit: 10 }));
    const lengths = result.paths.map((path) => path.steps.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths.slice(0, 5)).toEqual([1, 2, 2, 2, 2]);
    expect(claimIds(result)).toContainEqual([MULTILATERAL, 'qatar-mediates-for-hamas']);
    for (const path of result.paths) {
      const actors = [path.steps[0]!.from, ...path.steps.map((step) => step.to)];
      expect(new Set(actors).size).toBe(actors.length);
      // Steps chain: each starts where the last ended, and a tie step joins its own two actors.
      path.steps.forEach((step, index) => {
        if (index > 0) expect(step.from).toBe(path.steps[index - 1]!.to);
        if (step.via === 'tie') expect([step.tie.subjectId, step.tie.objectId].sort()).toEqual([step.from, step.to].sort());
      });
    }
    const onPaths = new Set(result.paths.flatMap((path) => path.steps.flatMap((step) => [step.from, step.to])));
    expect(new Set(result.actors.map((actor) => actor.id))).toEqual(onPaths);
    expect((await findPaths(request({ limit: 2 }))).paths).toHaveLength(2);
  });

  it('keeps within maxHops', async () => {
    expect(claimIds(await findPaths(request({ maxHops: 1 })))).toEqual([[MULTILATERAL]]);
    const turkey = await findPaths(request({ from: 'turkey', maxHops: 1 }));
    expect(turkey.paths).toEqual([]);
    expect(claimIds(await findPaths(request({ from: 'turkey', maxHops: 2 })))).toEqual([
      ['mit-part-of-turkey', 'mit-mediates-for-hamas'],
      ['mit-part-of-turkey', MULTILATERAL],
    ]);
  });

  it('uses only the kinds of step allowed', async () => {
    expect((await findPaths(request({ connections: ['MEDIATES_FOR', 'NEGOTIATES_WITH'] }))).paths).toEqual([]);
    const viaTies = await findPaths(request({ from: 'turkey', connections: ['PART_OF', 'MEDIATES_FOR'] }));
    expect(claimIds(viaTies)[0]).toEqual(['mit-part-of-turkey', 'mit-mediates-for-hamas']);
    expect(viaTies.paths.every((path) => path.steps.every((step) => step.via === 'tie'))).toBe(true);
  });

  it('through ties only, leaves shared meetings out: no step is a meeting, and actors linked only by one are not connected', async () => {
    // The United States took part in the multilateral talks and has no tie: through ties alone it reaches no one.
    expect((await findPaths(request({ tiesOnly: true }))).paths).toEqual([]);
    const withMeetings = await findPaths(request({ from: 'turkey', limit: 10 }));
    expect(withMeetings.paths.some((path) => path.steps.some((step) => step.via === 'meeting'))).toBe(true);

    const tiesOnly = await findPaths(request({ from: 'turkey', limit: 10, tiesOnly: true }));
    expect(tiesOnly.paths.length).toBeGreaterThan(1);
    expect(tiesOnly.paths.every((path) => path.steps.every((step) => step.via === 'tie'))).toBe(true);
    expect(claimIds(tiesOnly)[0]).toEqual(['mit-part-of-turkey', 'mit-mediates-for-hamas']);
    // Kalın met Haniyeh, but no tie joins them.
    expect((await findPaths(request({ from: 'ibrahim-kalin', to: 'ismail-haniyeh', maxHops: 1, tiesOnly: true }))).paths).toEqual([]);
    expect(claimIds(await findPaths(request({ from: 'ibrahim-kalin', to: 'ismail-haniyeh', maxHops: 1 })))).toEqual([['kalin-haniyeh-meetings']]);
    // With kinds of step chosen too, only those ties are followed.
    const chosen = await findPaths(request({ from: 'turkey', tiesOnly: true, connections: ['PART_OF', 'MEDIATES_FOR', 'MEETING'] }));
    expect(claimIds(chosen)[0]).toEqual(['mit-part-of-turkey', 'mit-mediates-for-hamas']);
    const types = new Set(chosen.paths.flatMap((path) => path.steps.map((step) => (step.via === 'tie' ? step.tie.type : 'MEETING'))));
    expect([...types].sort()).toEqual(['MEDIATES_FOR', 'PART_OF']);
  });

  it('with a reliability floor, uses only claims citing a source graded that well', async () => {
    // The article's publisher is unnamed, so it is graded F: nothing is left above that floor.
    expect((await findPaths(request({ minReliability: 'B' }))).paths).toEqual([]);
    expect(claimIds(await findPaths(request({ minReliability: 'F', limit: 1 })))).toEqual([[MULTILATERAL]]);
  });

  it('says the answer is complete when the search did not stop at its budget', async () => {
    expect((await findPaths(request({}))).partial).toBeNull();
    expect((await findPaths(request({ from: 'turkey', limit: 10 }))).partial).toBeNull();
  });

  it('stops at its budget, lists the paths it found, and says up to how many steps the answer is complete', async () => {
    // 12 steps examined: Turkey's and Hamas's own ties, then MİT's, before Israel's, Egypt's and the others'.
    const partial = await findPaths(request({ from: 'turkey' }), { budget: 12 });
    expect(partial.partial).toEqual({ completeUpTo: 2 });
    expect(claimIds(partial)).toEqual([
      ['mit-part-of-turkey', 'mit-mediates-for-hamas'],
      ['mit-part-of-turkey', MULTILATERAL],
    ]);
    expect(partial.paths[0]!.steps[1]!.citations.length).toBeGreaterThan(0);
    // The whole search finds longer paths too.
    expect((await findPaths(request({ from: 'turkey' }))).paths.length).toBeGreaterThan(2);

    // A path longer than the budget reaches: none is found, and the answer is complete for no length at all.
    expect(await findPaths(request({ from: 'united-states', to: 'ismail-haniyeh' }), { budget: 4 })).toMatchObject({ paths: [], partial: { completeUpTo: 0 } });
    expect((await findPaths(request({ from: 'united-states', to: 'ismail-haniyeh' }))).paths[0]?.steps).toHaveLength(2);
  });

  it('finds no path from an actor to itself, and answers not_found for an unknown end', async () => {
    expect((await findPaths(request({ to: 'united-states' }))).paths).toEqual([]);
    await expect(findPaths(request({ to: 'nobody' }))).rejects.toMatchObject({ code: 'not_found', message: 'No actor with id "nobody".' });
    await expect(findPaths(request({ from: 'nobody' }))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('does not pass through deleted meetings, ties or actors', async () => {
    await db.run("MATCH (n:Meeting {id: $id}) SET n.deletedAt = '2026-01-01T00:00:00Z'", { id: MULTILATERAL });
    expect((await findPaths(request({}))).paths).toEqual([]);
    await db.run("MATCH (n:Tie {id: 'mit-mediates-for-hamas'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Actor {id: 'israel'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    // Turkey still reaches Hamas, but only through İbrahim Kalın's meetings with Haniyeh.
    expect(claimIds(await findPaths(request({ from: 'turkey', limit: 1 })))).toEqual([
      ['mit-part-of-turkey', 'ibrahim-kalin-leads-mit', 'kalin-haniyeh-meetings', 'ismail-haniyeh-leads-hamas'],
    ]);
  });
});
