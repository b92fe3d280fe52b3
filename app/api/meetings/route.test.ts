import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { MeetingDetails, MeetingTimeline } from '@/lib/graph';
import { GET as getMeeting } from './[id]/route';
import { GET as getTimeline } from './route';

describe('GET /api/meetings and /api/meetings/:id (against Neo4j)', () => {
  useDemoDatabase();

  it('answers the timeline of a participant', async () => {
    const response = await getTimeline(new NextRequest('http://test/api/meetings?participant=ibrahim-kalin&from=2024-07-15&to=2024-07'));
    expect(response.status).toBe(200);
    const timeline = (await response.json()) as MeetingTimeline;
    expect(timeline.dated).toEqual([]);
    expect(timeline.undated.map((meeting) => meeting.id)).toEqual(['kalin-haniyeh-meetings']);
  });

  it('answers 400 for a range that ends before it starts, or a date that is not one', async () => {
    const backwards = await getTimeline(new NextRequest('http://test/api/meetings?from=2024-08&to=2024-07-31'));
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.issues).toEqual([{ field: 'to', message: 'Ends before it starts' }]);
    const notADate = await getTimeline(new NextRequest('http://test/api/meetings?from=31/07/2024'));
    expect(notADate.status).toBe(400);
    expect((await notADate.json()).error.issues[0].field).toBe('from');
  });

  it("answers a meeting's details, and 404 for an unknown meeting", async () => {
    const found = await getMeeting(new NextRequest('http://test/api/meetings/kalin-haniyeh-meetings'), {
      params: Promise.resolve({ id: 'kalin-haniyeh-meetings' }),
    });
    expect(found.status).toBe(200);
    const details = (await found.json()) as MeetingDetails;
    expect(details.participants.map((participant) => participant.role).sort()).toEqual(['mediator', 'party']);
    const missing = await getMeeting(new NextRequest('http://test/api/meetings/nope'), { params: Promise.resolve({ id: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});
