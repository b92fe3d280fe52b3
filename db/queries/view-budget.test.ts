import { describe, expect, it } from 'vitest';
import type { ViewGraph } from '../../lib/graph';
import { OVERVIEW_MIN_ACTORS } from '../../lib/overview';
import { VIEW_CLAIM_BUDGET } from '../../lib/view-budget';
import { DEMO_SOURCE } from '../seed/demo';
import { useDemoDatabase } from '../testing/demo-database';
import { importRecords } from '../testing/import';
import { getOverviewGraph, getViewGraph } from './graph';

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

/** The claims a view of `actorIds` holds, from one read in full: the ties with both ends among them, the meetings two of them attended. */
function claimsAmong(full: ViewGraph, actorIds: readonly string[]): number {
  const kept = new Set(actorIds);
  const ties = full.ties.filter((tie) => kept.has(tie.subjectId) && kept.has(tie.objectId)).length;
  const meetings = full.meetings.filter((meeting) => meeting.participants.filter((participant) => kept.has(participant.actorId)).length >= 2).length;
  return ties + meetings;
}

describe('a view read within a claim budget (against Neo4j)', () => {
  const db = useDemoDatabase();
  const bestConnectedFirst = async () =>
    (await db.query('MATCH (a:Actor) RETURN a.id AS id, a.name AS name ORDER BY a.degree DESC, a.id')) as { id: string; name: string }[];

  it('shows the best-connected actors whose claims fit, exactly the claims among them, and names those it left out', async () => {
    const ranked = await bestConnectedFirst();
    const rankedIds = ranked.map((actor) => actor.id);
    const full = await getViewGraph({ actorIds: rankedIds });
    expect(full.cut).toBeNull();
    for (const budget of [3, 6, 10]) {
      // The longest prefix within the budget, and never fewer than two actors.
      let size = 2;
      while (size < rankedIds.length && claimsAmong(full, rankedIds.slice(0, size + 1)) <= budget) size++;
      const shown = rankedIds.slice(0, size);
      const view = await getViewGraph({ actorIds: rankedIds, claimBudget: budget });
      const alone = await getViewGraph({ actorIds: shown });
      expect(ids(view.actors), `budget ${budget}`).toEqual([...shown].sort());
      expect(view.ties).toEqual(alone.ties);
      expect(view.meetings).toEqual(alone.meetings);
      expect(view.cut).toEqual({
        actors: ranked.slice(size),
        claimsShown: claimsAmong(full, shown),
        claimsAtLeast: expect.any(Number),
        budget,
      });
      expect(view.cut!.claimsAtLeast).toBeGreaterThan(budget);
    }
  });

  it('reads every actor, as without a budget, when their claims fit it', async () => {
    const rankedIds = (await bestConnectedFirst()).map((actor) => actor.id);
    const full = await getViewGraph({ actorIds: rankedIds });
    const total = claimsAmong(full, rankedIds);
    // Counted (the degrees add up to more than twice the budget), and all of it fits.
    const counted = await getViewGraph({ actorIds: rankedIds, claimBudget: total });
    expect(counted.cut).toBeNull();
    expect({ ...counted, ties: ids(counted.ties), meetings: ids(counted.meetings) }).toEqual({ ...full, ties: ids(full.ties), meetings: ids(full.meetings) });
    // Not counted at all: the degrees bound the claims within it.
    const uncounted = await getViewGraph({ actorIds: rankedIds, claimBudget: 1_000 });
    expect(uncounted).toEqual(full);
  });

  it('leaves deleted claims out of the count as out of the view', async () => {
    const rankedIds = (await bestConnectedFirst()).map((actor) => actor.id);
    await db.run("MATCH (t:Tie {id: 'qatar-mediates-for-hamas'}) SET t.deletedAt = '2026-01-01T00:00:00Z'");
    try {
      const full = await getViewGraph({ actorIds: rankedIds });
      const view = await getViewGraph({ actorIds: rankedIds, claimBudget: 6 });
      expect(view.cut?.claimsShown).toBe(claimsAmong(full, ids(view.actors)));
      expect(view.ties.map((tie) => tie.id)).not.toContain('qatar-mediates-for-hamas');
    } finally {
      await db.reset();
    }
  });
});

describe('the overview of a dense graph (against Neo4j)', () => {
  useDemoDatabase({ reset: 'each' });

  it('chooses its core among the best-ranked actors whose claims fit one picture', async () => {
    // 22 actors, 20 ties between each two of them (4,620 ties): the 20 the overview shows at least would hold 3,800.
    const actors = Array.from({ length: 22 }, (_, index) => `dense-${String(index).padStart(2, '0')}`);
    const ties = actors.flatMap((subjectId, index) =>
      actors.slice(index + 1).flatMap((objectId) =>
        Array.from({ length: 20 }, (_, copy) => ({
          id: `${subjectId}-${objectId}-${copy}`,
          type: 'SUPPORTS',
          subjectId,
          objectId,
          confidence: 'low' as const,
          sourceId: DEMO_SOURCE.id,
          quote: 'q',
        })),
      ),
    );
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      actors: actors.map((id) => ({ id, name: id, kind: 'state' as const })),
      ties,
    });
    const overview = await getOverviewGraph({ limit: 200 });
    expect(overview.ties.length + overview.meetings.length).toBeLessThanOrEqual(VIEW_CLAIM_BUDGET);
    // 17 of them, with 20 ties between each two (2,720), are the most that fit.
    expect(overview.actors).toHaveLength(17);
    expect(overview.actors.length).toBeLessThan(OVERVIEW_MIN_ACTORS);
    expect(overview.ties).toHaveLength((17 * 16 * 20) / 2);
    // The five dense actors past the budget are said to be left out.
    expect(overview.overview.leftOut).toBeGreaterThanOrEqual(5);
    const shown = new Set(overview.actors.map((actor) => actor.id));
    for (const tie of overview.ties) expect(shown.has(tie.subjectId) && shown.has(tie.objectId)).toBe(true);
  });
});
