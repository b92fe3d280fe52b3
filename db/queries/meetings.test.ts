import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '../seed/demo';
import { useDemoDatabase } from '../testing/demo-database';
import { getMeetingDetails, getMeetingTimeline } from './meetings';

const MULTILATERAL = 'multilateral-intelligence-diplomacy';
const KALIN_HANIYEH = 'kalin-haniyeh-meetings';

describe('getMeetingDetails (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('names who took part in the multilateral talks and in what role, with the quotes that say so', async () => {
    const details = await getMeetingDetails({ id: MULTILATERAL });
    expect(details.meeting).toMatchObject({ id: MULTILATERAL, kind: 'negotiation', date: null, citationCount: 2 });
    expect(details.location).toBeNull();
    expect(details.version).toBe(1);
    expect(details.summary).toMatch(/credits MİT with the lead/);
    expect(details.participants).toEqual([
      { actorId: 'egypt', name: 'Egypt', kind: 'state', role: 'mediator' },
      { actorId: 'hamas', name: 'Hamas', kind: 'organization', role: 'party' },
      { actorId: 'israel', name: 'Israel', kind: 'state', role: 'party' },
      { actorId: 'mit', name: 'MİT', kind: 'agency', role: 'mediator' },
      { actorId: 'qatar', name: 'Qatar', kind: 'state', role: 'mediator' },
      { actorId: 'united-states', name: 'United States', kind: 'state', role: 'participant' },
    ]);
    expect(details.citations).toHaveLength(2);
    expect(details.citations[0]?.source).toEqual(DEMO_SOURCE);
    expect(details.citations.map((citation) => citation.quote)).toContainEqual(
      expect.stringContaining('Une diplomatie multilatérale du renseignement'),
    );
    expect(JSON.parse(JSON.stringify(details))).toEqual(details);
  });

  it('leaves out deleted participants, and answers not_found for a deleted or unknown meeting', async () => {
    await db.run("MATCH (n:Actor {id: 'united-states'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    const details = await getMeetingDetails({ id: MULTILATERAL });
    expect(details.participants.map((participant) => participant.actorId)).not.toContain('united-states');
    expect(details.meeting.participants).toHaveLength(5);

    await db.run('MATCH (n:Meeting {id: $id}) SET n.deletedAt = $at', { id: KALIN_HANIYEH, at: '2026-01-01T00:00:00Z' });
    await expect(getMeetingDetails({ id: KALIN_HANIYEH })).rejects.toMatchObject({
      code: 'not_found',
      message: `No meeting with id "${KALIN_HANIYEH}".`,
    });
    await expect(getMeetingDetails({ id: 'no-such-meeting' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('getMeetingTimeline (against Neo4j)', () => {
  const db = useDemoDatabase();
  const ids = (items: { id: string }[]) => items.map((item) => item.id);

  it('puts the undated demo meetings apart, narrowed to a participant when asked', async () => {
    const timeline = await getMeetingTimeline({ limit: 500 });
    expect(timeline.dated).toEqual([]);
    expect(ids(timeline.undated)).toEqual([KALIN_HANIYEH, MULTILATERAL]);
    expect(timeline.undated[0]).toEqual({
      id: KALIN_HANIYEH,
      title: 'Kalın–Haniyeh meetings',
      kind: 'mediation',
      date: null,
      location: null,
      participants: expect.arrayContaining([
        { actorId: 'ibrahim-kalin', name: 'İbrahim Kalın', role: 'mediator' },
        { actorId: 'ismail-haniyeh', name: 'Ismail Haniyeh', role: 'party' },
      ]),
      citationCount: 1,
    });
    expect(ids((await getMeetingTimeline({ participant: 'mit', limit: 500 })).undated)).toEqual([MULTILATERAL]);
    // A date range cannot place an undated meeting, so it does not hide one.
    expect(ids((await getMeetingTimeline({ from: '2030', limit: 500 })).undated)).toHaveLength(2);
  });

  describe('with dates', () => {
    beforeAll(async () => {
      await db.run('MATCH (m:Meeting {id: $id}) SET m.date = $date', { id: KALIN_HANIYEH, date: '2024-07' });
      await db.run('MATCH (m:Meeting {id: $id}) SET m.date = $date', { id: MULTILATERAL, date: '2024-08-15' });
    });

    it('lists dated meetings in date order', async () => {
      const timeline = await getMeetingTimeline({ limit: 500 });
      expect(ids(timeline.dated)).toEqual([KALIN_HANIYEH, MULTILATERAL]);
      expect(timeline.undated).toEqual([]);
      expect(ids((await getMeetingTimeline({ limit: 1 })).dated)).toEqual([KALIN_HANIYEH]);
    });

    it('keeps a meeting dated only by its month in a range that starts inside that month', async () => {
      expect(ids((await getMeetingTimeline({ from: '2024-07-15', limit: 500 })).dated)).toEqual([KALIN_HANIYEH, MULTILATERAL]);
      expect(ids((await getMeetingTimeline({ from: '2024-08-01', limit: 500 })).dated)).toEqual([MULTILATERAL]);
    });

    it('answers "who did MİT meet before 31 July 2024?"', async () => {
      const timeline = await getMeetingTimeline({ participant: 'mit', to: '2024-07-31', limit: 500 });
      expect(timeline.dated).toEqual([]);
      expect(ids((await getMeetingTimeline({ to: '2024-07-31', limit: 500 })).dated)).toEqual([KALIN_HANIYEH]);
      expect(ids((await getMeetingTimeline({ from: '2024-08', to: '2024-08', limit: 500 })).dated)).toEqual([MULTILATERAL]);
      expect(ids((await getMeetingTimeline({ from: '2024', to: '2024', limit: 500 })).dated)).toHaveLength(2);
      expect((await getMeetingTimeline({ from: '2024-08-16', limit: 500 })).dated).toEqual([]);
    });

    it('leaves out deleted meetings', async () => {
      await db.run("MATCH (n:Meeting {id: $id}) SET n.deletedAt = '2026-01-01T00:00:00Z'", { id: MULTILATERAL });
      expect(ids((await getMeetingTimeline({ limit: 500 })).dated)).toEqual([KALIN_HANIYEH]);
    });
  });

  it('answers not_found for an unknown participant', async () => {
    await expect(getMeetingTimeline({ participant: 'nobody', limit: 500 })).rejects.toMatchObject({ code: 'not_found' });
  });
});
