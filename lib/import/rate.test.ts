import { describe, expect, it } from 'vitest';
import { describePace, formatDuration, importPace } from './rate';

describe('importPace', () => {
  it('says the rows a second so far and the time the rest takes at that pace', () => {
    expect(importPace({ startedAt: 1_000, now: 5_000, done: 40_000, total: 100_000 })).toEqual({ rowsPerSecond: 10_000, secondsLeft: 6 });
  });

  it('knows nothing before the first rows are done', () => {
    expect(importPace({ startedAt: 1_000, now: 1_000, done: 0, total: 100 })).toEqual({ rowsPerSecond: null, secondsLeft: null });
    expect(describePace(importPace({ startedAt: 1_000, now: 2_000, done: 0, total: 100 }))).toBeNull();
  });

  it('reads as a person says it', () => {
    expect(describePace({ rowsPerSecond: 9_800.4, secondsLeft: 185 }, 'records')).toBe('9,800 records a second, about 3 min 05 s left');
    expect(formatDuration(0.2)).toBe('1 s');
    expect(formatDuration(3_720)).toBe('1 h 02 min');
  });
});
