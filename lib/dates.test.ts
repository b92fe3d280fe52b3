import { describe, expect, it } from 'vitest';
import { checkDateRange, dateInterval, overlaps, RANGE_ENDS_BEFORE_FROM } from './dates';

describe('dateInterval', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-07', '2024-07-01', '2024-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-07-31', '2024-07-31', '2024-07-31'],
  ])('reads %s as %s to %s', (date, start, end) => {
    expect(dateInterval(date)).toEqual({ start, end });
  });
});

describe('overlaps', () => {
  it('counts a month as in a range that starts or ends inside it', () => {
    expect(overlaps('2024-07', { from: '2024-07-15' })).toBe(true);
    expect(overlaps('2024-07', { to: '2024-07-15' })).toBe(true);
    expect(overlaps('2024-07', { from: '2024-07-15', to: '2024-07-20' })).toBe(true);
  });

  it('reads the range ends at their own precision', () => {
    expect(overlaps('2024-12-31', { to: '2024' })).toBe(true);
    expect(overlaps('2024-07-31', { from: '2024-07', to: '2024-07' })).toBe(true);
    expect(overlaps('2025-01-01', { to: '2024' })).toBe(false);
  });

  it('leaves out dates wholly before or after the range', () => {
    expect(overlaps('2024-06', { from: '2024-07-01' })).toBe(false);
    expect(overlaps('2024-08-01', { to: '2024-07-31' })).toBe(false);
    expect(overlaps('2023', { from: '2024', to: '2025' })).toBe(false);
  });

  it('lets every date through an open range', () => {
    expect(overlaps('1999-01-01', {})).toBe(true);
    expect(overlaps('2024', { from: null, to: null })).toBe(true);
  });
});

describe('checkDateRange', () => {
  it('gives the range two fields hold, empty fields open', () => {
    expect(checkDateRange(' 2024-07 ', '')).toEqual({ from: '2024-07', to: undefined, fromError: undefined, toError: undefined });
  });

  it('says at "To" that a range ends before "From", reading each end at its precision', () => {
    expect(checkDateRange('2024-08', '2024-07-31')).toMatchObject({ from: '2024-08', to: undefined, toError: RANGE_ENDS_BEFORE_FROM });
    expect(checkDateRange('2024-07-15', '2024-07')).toMatchObject({ from: '2024-07-15', to: '2024-07', toError: undefined });
  });

  it('names a field that is not a date', () => {
    expect(checkDateRange('2024-13', '2024-02-30')).toMatchObject({ fromError: 'A date as YYYY, YYYY-MM or YYYY-MM-DD', toError: 'Not a calendar date' });
  });
});
