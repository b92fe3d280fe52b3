import { describe, expect, it } from 'vitest';
import type { ConnectionKind } from './graph';
import { countByKind, reachWithin, type ReachSearch, type ReachStep } from './reach';

/** Ties between actors, each of a kind: what `read` and `sample` answer in the app. */
function graphOf(ties: [string, ConnectionKind, string][]) {
  const degree = new Map<string, number>();
  for (const [a, , b] of ties) for (const actor of [a, b]) degree.set(actor, (degree.get(actor) ?? 0) + 1);
  const stepsFrom = (from: string): ReachStep[] =>
    ties.flatMap(([a, kind, b], index) => {
      const to = a === from ? b : b === from ? a : null;
      return to ? [{ from, claimId: `t${index}`, kind, to, toDegree: degree.get(to)! }] : [];
    });
  const read: ReachSearch['read'] = async (actorIds, rows) => {
    const steps = actorIds.flatMap(stepsFrom);
    return { steps: steps.slice(0, rows), more: steps.length > rows };
  };
  const sample: ReachSearch['sample'] = async (actorIds, perActor) => actorIds.flatMap((id) => stepsFrom(id).slice(0, perActor));
  return (start: string, hops: 1 | 2, budget = 10_000, sampleBudget = 1_000) =>
    reachWithin({ start: { id: start, degree: degree.get(start)! }, hops, budget, sampleBudget, actorsInGraph: degree.size, read, sample });
}

/** A hub tied to `count` actors of its own. */
const hub = (name: string, count: number): [string, ConnectionKind, string][] =>
  Array.from({ length: count }, (_, index) => [name, 'SUPPORTS', `${name}-${index}`]);

describe('reachWithin', () => {
  it('counts the actors within two steps exactly while the budget lasts, each under every kind on its way', async () => {
    const reach = await graphOf([['a', 'MEETING', 'b'], ['b', 'ATTACKS', 'c'], ['a', 'FUNDS', 'c'], ['c', 'MEETING', 'd']])('a', 2);
    expect(reach).toMatchObject({ total: 3, estimated: false });
    // b is met through the meeting, and through FUNDS then ATTACKS by way of c; d through FUNDS then the meeting.
    expect(countByKind(reach)).toEqual([
      { connection: 'FUNDS', count: 3 },
      { connection: 'MEETING', count: 3 },
      { connection: 'ATTACKS', count: 2 },
    ]);
  });

  it("past the budget, samples the best-connected actors' steps and says the count is an estimate", async () => {
    // a is tied to b (2 ties) and to a hub of 400; the budget reads b's ties, not the hub's.
    const search = graphOf([['a', 'MEETING', 'b'], ['b', 'ATTACKS', 'c'], ['a', 'SUPPORTS', 'h'], ...hub('h', 400)]);
    const exact = await search('a', 2);
    expect(exact).toMatchObject({ total: 403, estimated: false });
    const estimated = await search('a', 2, 10, 100);
    expect(estimated.estimated).toBe(true);
    // 100 of the hub's 401 ties sampled: each actor met stands for about four.
    expect(estimated.total).toBeGreaterThan(300);
    expect(estimated.total).toBeLessThanOrEqual(403);
    expect(estimated.actors.size).toBeLessThan(150);
  });

  it('reads an actor of more steps than one answer holds on its own, while the budget allows it', async () => {
    const reach = await graphOf([['a', 'SUPPORTS', 'h'], ...hub('h', 6_000)])('a', 2, 10_000);
    expect(reach).toMatchObject({ total: 6_001, estimated: false });
  });

  it('never estimates more actors than the graph holds besides the start', async () => {
    const reach = await graphOf([['a', 'SUPPORTS', 'h'], ...hub('h', 50), ['h', 'FUNDS', 'h-0'], ['h', 'FUNDS', 'h-1']])('a', 2, 2, 25);
    expect(reach.estimated).toBe(true);
    expect(reach.total).toBeLessThanOrEqual(51);
  });
});
