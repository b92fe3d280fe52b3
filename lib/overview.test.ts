import { describe, expect, it } from 'vitest';
import { fitOverview } from './overview';

const ranked = ['a', 'b', 'c', 'd'];
const ties = [
  { id: 'ab', actorIds: ['a', 'b'] },
  { id: 'ca', actorIds: ['c', 'a'] },
  { id: 'cb', actorIds: ['c', 'b'] },
  { id: 'da', actorIds: ['d', 'a'] },
];

describe('fitOverview', () => {
  it('shows every candidate when their picture fits', () => {
    expect(fitOverview(ranked, ties, [], 100, 1)).toEqual({ actorIds: ranked, tieIds: ['ab', 'ca', 'cb', 'da'], meetingIds: [], omitted: 0 });
    expect(fitOverview([], [], [], 100, 1)).toEqual({ actorIds: [], tieIds: [], meetingIds: [], omitted: 0 });
  });

  it('stops before the actor whose ties would overflow the picture', () => {
    // a, b, then the tie a–b (3 elements); c brings two ties to a and b (6); d brings one more (8).
    expect(fitOverview(ranked, ties, [], 7, 1)).toMatchObject({ actorIds: ['a', 'b', 'c'], tieIds: ['ab', 'ca', 'cb'], omitted: 0 });
    expect(fitOverview(ranked, ties, [], 5, 1)).toMatchObject({ actorIds: ['a', 'b'], tieIds: ['ab'] });
    expect(fitOverview(ranked, ties, [], 8, 1).actorIds).toEqual(ranked);
  });

  it('counts a meeting from its second participant on, with an edge per participant shown', () => {
    // a, b, then the meeting with two participations (5); c adds itself and its participation (7).
    const meetings = [{ id: 'm', actorIds: ['a', 'b', 'c', 'outsider'] }];
    expect(fitOverview(ranked, [], meetings, 6, 1)).toMatchObject({ actorIds: ['a', 'b'], meetingIds: ['m'] });
    expect(fitOverview(ranked, [], meetings, 7, 1)).toMatchObject({ actorIds: ['a', 'b', 'c'], meetingIds: ['m'] });
  });

  it('keeps a few actors even when their ties alone are too many, drawing those of the best-connected first', () => {
    const many = [...ties, { id: 'ab-again', actorIds: ['a', 'b'] }, { id: 'bd', actorIds: ['b', 'd'] }];
    // Four actors must show; two more elements fit: the two ties between a and b come before those reaching c or d.
    expect(fitOverview(ranked, many, [], 6, 4)).toEqual({ actorIds: ranked, tieIds: ['ab', 'ab-again'], meetingIds: [], omitted: 4 });
    expect(fitOverview(ranked, [], [], 0, 1).actorIds).toEqual(['a']);
  });
});
