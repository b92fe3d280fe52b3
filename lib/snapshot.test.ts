import { describe, expect, it } from 'vitest';
import type { GraphData } from './graph';
import { changesSince, countChanges, selectionOf } from './snapshot';

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
  cameoCode: null,
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

describe('selectionOf', () => {
  const bundle: GraphData = { actors: [actor('a'), actor('b')], ties: [tie('t1')], meetings: [] };

  it('keeps the selection the view had when the snapshot was taken', () => {
    expect(selectionOf({ view: '?a=a,b&sel=tie:t1', bundle })).toBe('tie:t1');
    expect(selectionOf({ view: '?a=a,b&sel=actor:b', bundle })).toBe('actor:b');
  });

  it('selects nothing when there was no selection, or when the snapshot does not show it', () => {
    expect(selectionOf({ view: '?a=a,b', bundle })).toBeNull();
    expect(selectionOf({ view: '?a=a,b&sel=actor:c', bundle })).toBeNull();
    expect(selectionOf({ view: '?sel=meeting:t1', bundle })).toBeNull();
  });
});
