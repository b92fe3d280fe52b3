import { describe, expect, it } from 'vitest';
import { meetingValuesOf } from './meeting-values';

const meeting = {
  title: 'Ceasefire talks in Doha',
  kind: 'negotiation' as const,
  date: '2024-11',
  location: null,
  summary: '',
  participants: [
    { actorId: 'qatar', role: 'host' as const },
    { actorId: 'hamas', role: 'party' as const },
  ],
};

describe('a meeting as the form’s values', () => {
  it('are the fields its PATCH route takes, each participant a row named as the form knows it, and no citation to add', () => {
    const values = meetingValuesOf(meeting, [{ id: 'qatar', name: 'Qatar' }, { id: 'hamas', name: 'Hamas' }]);
    expect(values).toEqual({
      title: 'Ceasefire talks in Doha',
      kind: 'negotiation',
      date: '2024-11',
      location: '',
      summary: '',
      participants: [
        { actor: { id: 'qatar', name: 'Qatar' }, role: 'host' },
        { actor: { id: 'hamas', name: 'Hamas' }, role: 'party' },
      ],
      citations: [],
    });
  });

  it('show a participant whose name the form does not know by its id', () => {
    expect(meetingValuesOf(meeting, [{ id: 'qatar', name: 'Qatar' }]).participants.map((row) => row.actor)).toEqual([
      { id: 'qatar', name: 'Qatar' },
      { id: 'hamas', name: 'hamas' },
    ]);
  });

  it('are empty for a new meeting, with two participants and one citation to fill in', () => {
    const values = meetingValuesOf(null);
    expect({ ...values, citations: values.citations.length }).toEqual({
      title: '',
      kind: '',
      date: '',
      location: '',
      summary: '',
      participants: [
        { actor: null, role: 'participant' },
        { actor: null, role: 'participant' },
      ],
      citations: 1,
    });
  });
});
