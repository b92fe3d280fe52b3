import { describe, expect, it } from 'vitest';
import { searchPaths, type FoundStep, type PathSearch } from './path-search';

/** A graph of claims, each a tie between two actors or a meeting of several: what `expand` reads in the app. */
function graphOf(claims: Record<string, string[]>) {
  const degree = new Map<string, number>();
  const claimIdsOf = new Map<string, string[]>();
  for (const [claimId, actors] of Object.entries(claims)) {
    for (const actor of actors) {
      degree.set(actor, (degree.get(actor) ?? 0) + 1);
      if (!claimIdsOf.has(actor)) claimIdsOf.set(actor, []);
      claimIdsOf.get(actor)!.push(claimId);
    }
  }
  const expanded: string[] = [];
  const expand: PathSearch['expand'] = async (actorIds, rows) => {
    expanded.push(...actorIds);
    const steps: FoundStep[] = [];
    for (const from of actorIds) {
      for (const claimId of claimIdsOf.get(from) ?? []) {
        const actors = claims[claimId]!;
        for (const to of actors) {
          if (to !== from) steps.push({ from, claimId, via: actors.length > 2 ? 'meeting' : 'tie', to, toDegree: degree.get(to)! });
        }
      }
    }
    return { steps: steps.slice(0, rows), more: steps.length > rows };
  };
  const search = (from: string, to: string, options: Partial<PathSearch> = {}) =>
    searchPaths({ from: { id: from, degree: degree.get(from) ?? 0 }, to: { id: to, degree: degree.get(to) ?? 0 }, maxHops: 6, limit: 5, budget: 10_000, expand, ...options });
  return { search, expanded };
}

const claimsOf = (result: Awaited<ReturnType<typeof searchPaths>>) => result.paths.map((path) => path.claims.map((claim) => claim.id));

/** A hub tied to `count` actors of its own: expanding it costs that many steps. */
function hub(name: string, count: number): Record<string, string[]> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`${name}-${index}`, [name, `${name}-leaf-${index}`]]));
}

describe('searchPaths', () => {
  it('lists the shortest paths first, then longer ones, each in the order of its claim ids, never passing an actor or claim twice', async () => {
    const { search } = graphOf({ ab: ['a', 'b'], bd: ['b', 'd'], ac: ['a', 'c'], cd: ['c', 'd'], ae: ['a', 'e'], ef: ['e', 'f'], fd: ['f', 'd'], m: ['a', 'x', 'd'] });
    const result = await search('a', 'd');
    expect(claimsOf(result)).toEqual([['m'], ['ab', 'bd'], ['ac', 'cd'], ['ae', 'ef', 'fd']]);
    // The meeting's own participants: a step from a through it to d, never a through it to x and on to d again.
    expect(result.paths[0]).toEqual({ claims: [{ id: 'm', via: 'meeting' }], actorIds: ['a', 'd'] });
    expect(result.completeUpTo).toBeNull();
    expect(claimsOf(await search('a', 'd', { limit: 2 }))).toEqual([['m'], ['ab', 'bd']]);
    expect(claimsOf(await search('a', 'd', { maxHops: 2 }))).toEqual([['m'], ['ab', 'bd'], ['ac', 'cd']]);
  });

  it('finds no path between parts of the graph that nothing joins, and says the answer is complete', async () => {
    const { search } = graphOf({ ab: ['a', 'b'], cd: ['c', 'd'] });
    expect(await search('a', 'd')).toEqual({ paths: [], completeUpTo: null });
  });

  it('expands the best-connected actors last, and leaves them out once the budget is spent, saying how far the answer is complete', async () => {
    // a–h–g–d runs through two hubs of 30 ties each; a–b–c–e–d goes around them.
    const claims = { ...hub('h', 30), ...hub('g', 30), ah: ['a', 'h'], hg: ['h', 'g'], gd: ['g', 'd'], ab: ['a', 'b'], bc: ['b', 'c'], ce: ['c', 'e'], ed: ['e', 'd'] };
    const { search, expanded } = graphOf(claims);
    const full = await search('a', 'd');
    expect(claimsOf(full)).toEqual([['ah', 'hg', 'gd'], ['ab', 'bc', 'ce', 'ed']]);
    expect(full.completeUpTo).toBeNull();

    expanded.length = 0;
    const partial = await search('a', 'd', { budget: 20 });
    expect(expanded).not.toContain('h');
    expect(expanded).not.toContain('g');
    // Every path of up to 2 steps was looked for (there is none); the path around the hubs is found with what was left.
    expect(partial).toMatchObject({ completeUpTo: 2 });
    expect(claimsOf(partial)).toEqual([['ab', 'bc', 'ce', 'ed']]);
  });

  it('says when the path is longer than the budget reaches: no path found, complete only up to the steps searched', async () => {
    // A chain of 8 actors with a hub at each end: reaching the middle of the chain costs the hubs' ties first.
    const chain = Object.fromEntries(Array.from({ length: 7 }, (_, index) => [`c${index}`, [`n${index}`, `n${index + 1}`]]));
    const { search } = graphOf({ ...chain, ...hub('n0', 30), ...hub('n7', 30) });
    expect(claimsOf(await search('n0', 'n6'))).toEqual([['c0', 'c1', 'c2', 'c3', 'c4', 'c5']]);
    const partial = await search('n0', 'n6', { budget: 40 });
    expect(partial).toEqual({ paths: [], completeUpTo: 2 });
  });

  it('reads an actor of more steps than one answer holds on its own, while the budget allows it', async () => {
    const { search } = graphOf({ ...hub('h', 6_000), ...hub('g', 6_000), ah: ['a', 'h'], hg: ['h', 'g'], gb: ['g', 'b'] });
    const result = await search('a', 'b', { budget: 20_000, limit: 1 });
    expect(result.completeUpTo).toBeNull();
    expect(claimsOf(result)).toEqual([['ah', 'hg', 'gb']]);
  });

  it('stops as soon as the paths asked for are known, without reading further', async () => {
    const { search, expanded } = graphOf({ ab: ['a', 'b'], ...hub('b', 100), ...hub('a', 100) });
    expect(claimsOf(await search('a', 'b', { limit: 1 }))).toEqual([['ab']]);
    expect(expanded).toEqual(['a']);
  });
});
