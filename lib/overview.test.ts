import { describe, expect, it } from 'vitest';
import { overviewSize } from './overview';

const ranked = ['a', 'b', 'c', 'd'];

describe('overviewSize', () => {
  it('shows every candidate when their picture fits', () => {
    expect(overviewSize(ranked, [{ id: 't', actorIds: ['a', 'b'] }], [], 100)).toBe(4);
    expect(overviewSize([], [], [], 100)).toBe(0);
  });

  it('stops before the actor whose ties would overflow the picture', () => {
    // a, b, then the tie a–b (3 elements); c brings two ties to a and b (6); d brings one more (8).
    const ties = [
      { id: 'ab', actorIds: ['a', 'b'] },
      { id: 'ca', actorIds: ['c', 'a'] },
      { id: 'cb', actorIds: ['c', 'b'] },
      { id: 'da', actorIds: ['d', 'a'] },
    ];
    expect(overviewSize(ranked, ties, [], 7)).toBe(3);
    expect(overviewSize(ranked, ties, [], 5)).toBe(2);
    expect(overviewSize(ranked, ties, [], 8)).toBe(4);
  });

  it('counts a meeting from its second participant on, with an edge per participant shown', () => {
    // a, b, then the meeting with two participations (5); c adds itself and its participation (7).
    const meetings = [{ id: 'm', actorIds: ['a', 'b', 'c', 'outsider'] }];
    expect(overviewSize(ranked, [], meetings, 5)).toBe(2);
    expect(overviewSize(ranked, [], meetings, 6)).toBe(2);
    expect(overviewSize(ranked, [], meetings, 7)).toBe(3);
    expect(overviewSize(ranked.slice(0, 1), [], meetings, 7)).toBe(1);
  });

  it('always keeps the best-connected actor', () => {
    expect(overviewSize(ranked, [], [], 0)).toBe(1);
  });
});
