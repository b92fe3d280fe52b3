import { describe, expect, it } from 'vitest';
import { changeOf, changesParamsSchema, changesSince, nextVisits } from './changes';

describe('changes since', () => {
  it('reads a day from its start and a moment as revisions write theirs', () => {
    expect(changesSince('2024-07-01')).toBe('2024-07-01T00:00:00.000Z');
    expect(changesSince('2025-01-05T12:22:00+02:00')).toBe('2025-01-05T10:22:00.000Z');
    expect(changesParamsSchema.safeParse({ since: '2024-02-30' }).success).toBe(false);
    expect(changesParamsSchema.parse({ since: '2024-07-01' })).toEqual({ since: '2024-07-01', limit: 50 });
  });

  it('says what happened to a record in one word', () => {
    expect(changeOf({ actions: ['create', 'update'], deletedNow: false })).toBe('added');
    expect(changeOf({ actions: ['import'], deletedNow: false })).toBe('added');
    expect(changeOf({ actions: ['update'], deletedNow: false })).toBe('edited');
    expect(changeOf({ actions: ['update', 'delete'], deletedNow: true })).toBe('deleted');
    expect(changeOf({ actions: ['create', 'delete'], deletedNow: true })).toBe('deleted');
    // Deleted and restored since: an edit.
    expect(changeOf({ actions: ['delete', 'restore'], deletedNow: false })).toBe('edited');
  });

  it('remembers the visit before this one, a reload within half an hour being the same visit', () => {
    const first = nextVisits(null, new Date('2025-01-05T09:00:00Z'));
    expect(first).toEqual({ started: '2025-01-05T09:00:00.000Z', seen: '2025-01-05T09:00:00.000Z', previous: null });
    const reload = nextVisits(first, new Date('2025-01-05T09:20:00Z'));
    expect(reload).toEqual({ started: '2025-01-05T09:00:00.000Z', seen: '2025-01-05T09:20:00.000Z', previous: null });
    const nextDay = nextVisits(reload, new Date('2025-01-06T08:00:00Z'));
    expect(nextDay).toEqual({ started: '2025-01-06T08:00:00.000Z', seen: '2025-01-06T08:00:00.000Z', previous: '2025-01-05T09:00:00.000Z' });
    expect(nextVisits({ started: 'soon' }, new Date('2025-01-06T08:00:00Z')).previous).toBeNull();
  });
});
