import { describe, expect, it } from 'vitest';
import { actorInputSchema, actorSchema, actorUpdateSchema } from './actor';
import { tieInputSchema, tieSchema } from './tie';
import { meetingsParamsSchema } from './requests';

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) ?? [];

describe('one set of rules per entity, whichever way a record comes in', () => {
  const tie = {
    type: 'MEDIATES_FOR',
    subjectId: 'qatar',
    objectId: 'hamas',
    confidence: 'high',
    citations: [{ source: { id: 'le-monde' }, quote: 'Le Qatar est médiateur.', credibility: 2 }],
  };
  const exportedTie = { ...tie, id: 'qatar-mediates-for-hamas', citations: [{ sourceId: 'le-monde', quote: 'Le Qatar est médiateur.', credibility: 2 }] };

  it('reads each end of a date range at its own precision, in a form, an import and a query alike', () => {
    // Began on 15 July, ended on a day of July the source does not give: a range, not a backwards one.
    expect(issuesOf(tieInputSchema.safeParse({ ...tie, since: '2024-07-15', until: '2024-07' }))).toEqual([]);
    expect(issuesOf(tieSchema.safeParse({ ...exportedTie, since: '2024-12', until: '2024' }))).toEqual([]);
    expect(issuesOf(meetingsParamsSchema.safeParse({ from: '2024-07-15', to: '2024-07' }))).toEqual([]);

    const backwards = { field: 'until', message: 'Ends before it starts' };
    expect(issuesOf(tieInputSchema.safeParse({ ...tie, since: '2024-08', until: '2024-07-31' }))).toEqual([backwards]);
    expect(issuesOf(tieSchema.safeParse({ ...exportedTie, since: '2024-08', until: '2024-07-31' }))).toEqual([backwards]);
    expect(issuesOf(meetingsParamsSchema.safeParse({ from: '2024-08', to: '2024-07-31' }))).toEqual([{ field: 'to', message: 'Ends before it starts' }]);
  });

  it('cleans an exported actor as the form does, and ignores the fields an export adds for readers', () => {
    const typed = { name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Turkey'], country: ' tur ', wikidataId: '' };
    expect(actorSchema.parse({ ...typed, id: 'turkey', degree: 12 })).toEqual({
      id: 'turkey',
      name: 'Türkiye',
      kind: 'state',
      aliases: ['Turkey'],
      description: '',
      country: 'TUR',
      wikidataId: null,
    });
    expect(actorInputSchema.parse(typed)).toMatchObject({ aliases: ['Turkey'], country: 'TUR', wikidataId: null });
    expect(issuesOf(actorInputSchema.safeParse({ ...typed, degree: 12 }))).toEqual([{ field: '', message: 'Unrecognized key: "degree"' }]);
  });

  it('leaves a field an update does not send alone instead of resetting it to its default', () => {
    expect(actorUpdateSchema.parse({ version: 3, changes: { name: 'Türkiye' } })).toEqual({ version: 3, changes: { name: 'Türkiye' } });
  });
});
