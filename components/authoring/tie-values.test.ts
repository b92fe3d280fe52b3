import { describe, expect, it } from 'vitest';
import { tieValuesOf } from './tie-values';

const qatar = { id: 'qatar', name: 'Qatar' };
const hamas = { id: 'hamas', name: 'Hamas' };

describe('a tie as the form’s values', () => {
  it('are the fields its PATCH route takes, between its two actors, a missing date an empty field and no citation to add', () => {
    expect(tieValuesOf({ type: 'MEDIATES_FOR', since: '2023-10', until: null, confidence: 'high', summary: 'Hosts the political bureau.' }, { subject: qatar, object: hamas })).toEqual({
      subject: qatar,
      object: hamas,
      type: 'MEDIATES_FOR',
      since: '2023-10',
      until: '',
      confidence: 'high',
      summary: 'Hosts the political bureau.',
      citations: [],
    });
  });

  it('are empty for a new tie from an actor, its type not chosen, moderate confidence and one citation to fill in', () => {
    const values = tieValuesOf(null, { subject: qatar, object: null });
    expect({ ...values, citations: values.citations.length }).toEqual({
      subject: qatar,
      object: null,
      type: '',
      since: '',
      until: '',
      confidence: 'moderate',
      summary: '',
      citations: 1,
    });
    expect(values.citations[0]).toMatchObject({ source: null, quote: '' });
  });
});
