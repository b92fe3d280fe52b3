import { describe, expect, it } from 'vitest';
import { chooseOverviewCore } from './overview';

const claim = (id: string, ...actorIds: string[]) => ({ id, actorIds });

describe('chooseOverviewCore', () => {
  it('grows from the best-connected actor, adding the best-connected linked to those already in', () => {
    // b is ranked second but linked to nobody: it is left out, not drawn apart.
    const ranked = ['a', 'b', 'c', 'd', 'e'];
    const claims = [claim('ac', 'a', 'c'), claim('cd', 'c', 'd'), claim('de', 'd', 'e')];
    expect(chooseOverviewCore(ranked, claims, { maxActors: 4, minActors: 1 })).toEqual({ actorIds: ['a', 'c', 'd', 'e'], leftOut: 1 });
  });

  it('starts in the largest connected part, even when the best-connected actor sits in a small one', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e', 'f'];
    const claims = [claim('ab', 'a', 'b'), claim('cd', 'c', 'd'), claim('de', 'd', 'e'), claim('ef', 'e', 'f')];
    expect(chooseOverviewCore(ranked, claims, { maxActors: 5, minActors: 1 }).actorIds).toEqual(['c', 'd', 'e', 'f']);
  });

  it('counts a meeting as linking all its participants among the candidates', () => {
    const ranked = ['a', 'b', 'c', 'd'];
    expect(chooseOverviewCore(ranked, [claim('m', 'a', 'b', 'c', 'outsider')], { maxActors: 3, minActors: 1 }).actorIds).toEqual(['a', 'b', 'c']);
  });

  it('stops at the most actors, or when the pairs pass the budget once it has the fewest it must show', () => {
    const ranked = ['a', 'b', 'c', 'd', 'e'];
    const everyPair = ranked.flatMap((x, i) => ranked.slice(i + 1).map((y) => claim(`${x}${y}`, x, y)));
    expect(chooseOverviewCore(ranked, everyPair, { maxActors: 3, minActors: 1 }).actorIds).toEqual(['a', 'b', 'c']);
    // a–b (1 pair), c (+2 = 3), d (+3 = 6 > 4): stops at three.
    expect(chooseOverviewCore(ranked, everyPair, { maxActors: 4, minActors: 1, pairBudget: 4 })).toEqual({ actorIds: ['a', 'b', 'c'], leftOut: 0 });
    // Four must show, whatever the budget.
    expect(chooseOverviewCore(ranked, everyPair, { maxActors: 4, minActors: 4, pairBudget: 1 }).actorIds).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows a graph that fits whole, actors without ties included; of a larger one without ties, nothing', () => {
    expect(chooseOverviewCore(['a', 'b'], [], {})).toEqual({ actorIds: ['a', 'b'], leftOut: 0 });
    expect(chooseOverviewCore(['a', 'b', 'c'], [], { maxActors: 2 })).toEqual({ actorIds: [], leftOut: 0 });
  });
});
