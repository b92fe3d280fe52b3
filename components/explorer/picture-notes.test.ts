import { describe, expect, it } from 'vitest';
import type { FoldedActor } from '@/lib/fold';
import { viewCutNotice } from './picture-notes';

const actor = (index: number): FoldedActor => ({ id: `a${index}`, name: `Actor ${index}`, kind: 'state', aliases: [], degree: 1 });

describe('what a view past its claim budget says', () => {
  it('says nothing of a view that holds every actor asked for', () => {
    expect(viewCutNotice({ actors: [actor(1), actor(2)], cut: null })).toBeNull();
  });

  it('says what it counted, what it shows and, by name, the actors it left out', () => {
    const cut = { actors: [actor(3), actor(4)], claimsShown: 2274, claimsAtLeast: 4723, budget: 3000 };
    expect(viewCutNotice({ actors: [actor(1), actor(2)], cut })).toBe(
      'These actors hold more claims than one picture can read in time (at least 4,723; a picture reads up to 3,000). ' +
        'It shows the 2 best-connected actors, with 2,274 claims, and leaves out 2 actors: Actor 3, Actor 4. ' +
        'Remove actors, or open one of them on its own, to see the others.',
    );
  });

  it('names the first five left out and counts the rest', () => {
    const cut = { actors: Array.from({ length: 149 }, (_, index) => actor(index + 3)), claimsShown: 2274, claimsAtLeast: 4723, budget: 3000 };
    expect(viewCutNotice({ actors: [actor(1), actor(2)], cut })).toContain(
      'leaves out 149 actors: Actor 3, Actor 4, Actor 5, Actor 6, Actor 7 and 144 others.',
    );
  });
});
