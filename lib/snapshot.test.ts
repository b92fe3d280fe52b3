import { describe, expect, it } from 'vitest';
import type { GraphData } from './graph';
import { changesSince, countChanges } from './snapshot';

const actor = (id: string) => ({ id, name: id, kind: 'state' as const, aliases: [] });
const tie = (id: string) => ({
  id,
  type: 'LEADS' as const,
  family: 'structure' as const,
  subjectId: 'a',
  objectId: 'b',
  since: null,
  until: null,
  confidence: 'high' as const,
  citationCount: 1,
  bestReliability: null,
});

describe('changesSince', () => {
  it('says what the same view gained and lost since the snapshot', () => {
    const then: GraphData = { actors: [actor('a'), actor('b')], ties: [tie('t1'), tie('t2')], meetings: [] };
    const now: GraphData = { actors: [actor('a'), actor('b'), actor('c')], ties: [tie('t2'), tie('t3')], meetings: [] };
    const changes = changesSince(then, now);
    expect(changes).toMatchObject({ actorsAdded: ['c'], actorsRemoved: [], tiesAdded: ['t3'], tiesRemoved: ['t1'] });
    expect(countChanges(changes)).toBe(3);
    expect(countChanges(changesSince(then, then))).toBe(0);
  });
});
