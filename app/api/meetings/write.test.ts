import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { adminRequest, editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import type { MeetingDetails } from '@/lib/graph';
import type { MeetingRecord, Revision } from '@/lib/records';
import { POST as addCitation } from './[id]/citations/route';
import { GET as getHistory } from './[id]/history/route';
import { POST as restore } from './[id]/restore/route';
import { DELETE as remove, GET as getDetails, PATCH as patch } from './[id]/route';
import { POST as createMeeting } from './route';

const post = (body: unknown, headers: Record<string, string> = {}) => createMeeting(editorRequest('POST', '/api/meetings', body, headers));
const details = async (id: string) => (await (await getDetails(jsonRequest('GET', '/'), idContext(id))).json()) as MeetingDetails;

const MEETING = {
  title: 'Doha round',
  kind: 'negotiation',
  date: '2024-08-15',
  location: 'Doha',
  summary: 'Talks on a ceasefire.',
  participants: [
    { actorId: 'qatar', role: 'host' },
    { actorId: 'egypt', role: 'mediator' },
    { actorId: 'united-states', role: 'mediator' },
  ],
  citations: [{ source: { id: DEMO_SOURCE.id }, quote: 'le Qatar et l’Égypte', credibility: 3 }],
};

describe('POST /api/meetings and its citations (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('creates a meeting with three participants and its citation in one go', async () => {
    const response = await post(MEETING);
    expect(response.status).toBe(201);
    const { meeting } = (await response.json()) as { meeting: MeetingRecord };
    expect(meeting).toMatchObject({ id: 'doha-round', title: 'Doha round', date: '2024-08-15', location: 'Doha', version: 1 });
    expect(meeting.participants).toEqual([
      { actorId: 'egypt', role: 'mediator' },
      { actorId: 'qatar', role: 'host' },
      { actorId: 'united-states', role: 'mediator' },
    ]);
    const read = await details('doha-round');
    expect(read).toMatchObject({ version: 1, location: 'Doha', meeting: { citationCount: 1, date: '2024-08-15' } });
    expect(read.participants).toHaveLength(3);
  });

  it('names each participant that is not an actor, and writes nothing', async () => {
    const counts = await db.counts();
    const response = await post({ ...MEETING, participants: [MEETING.participants[0], { actorId: 'ghost', role: 'party' }] });
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues).toEqual([{ field: 'participants.1.actorId', message: 'No actor with id "ghost".' }]);
    const twice = await post({ ...MEETING, participants: [MEETING.participants[0], MEETING.participants[0]] });
    expect((await twice.json()).error.issues).toEqual([{ field: 'participants', message: 'Each participant once' }]);
    const uncited = await post({ ...MEETING, citations: [] });
    expect((await uncited.json()).error.issues).toEqual([{ field: 'citations', message: 'At least one citation: every claim is sourced' }]);
    expect(await db.counts()).toEqual(counts);
  });

  it('adds a citation to a meeting', async () => {
    const response = await addCitation(
      editorRequest('POST', '/', { source: { id: DEMO_SOURCE.id }, quote: 'Doha', credibility: 4 }),
      idContext('doha-round'),
    );
    expect(response.status).toBe(201);
    expect((await response.json()).meeting).toMatchObject({ version: 2, citations: [expect.anything(), expect.anything()] });
  });
});

describe('PATCH, DELETE and restore /api/meetings/:id (against Neo4j)', () => {
  useDemoDatabase();
  const id = 'kalin-haniyeh-meetings';
  const edit = (body: unknown) => patch(editorRequest('PATCH', `/api/meetings/${id}`, body), idContext(id));

  it('changes its date and replaces its participants, recording both', async () => {
    const response = await edit({
      version: 1,
      changes: { date: '2024-07', participants: [{ actorId: 'ibrahim-kalin', role: 'mediator' }, { actorId: 'hamas', role: 'party' }] },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).meeting).toMatchObject({ version: 2, date: '2024-07', location: null });
    expect((await details(id)).participants.map((participant) => participant.actorId)).toEqual(['hamas', 'ibrahim-kalin']);

    const unknown = await edit({ version: 2, changes: { participants: [{ actorId: 'hamas', role: 'party' }, { actorId: 'ghost', role: 'party' }] } });
    expect((await unknown.json()).error.issues).toEqual([{ field: 'changes.participants.1.actorId', message: 'No actor with id "ghost".' }]);
    const stale = await edit({ version: 1, changes: { title: 'Late' } });
    expect(stale.status).toBe(409);
    expect((await details(id)).version).toBe(2);
  });

  it('deletes and restores a meeting, with its history', async () => {
    const deleted = await remove(editorRequest('DELETE', `/api/meetings/${id}?version=2`), idContext(id));
    expect((await deleted.json()).deleted).toEqual({ actors: 0, ties: 0, meetings: 1, sources: 0 });
    expect((await getDetails(jsonRequest('GET', '/'), idContext(id))).status).toBe(404);
    expect((await restore(adminRequest('POST', '/'), idContext(id))).status).toBe(200);
    const revisions = ((await (await getHistory(adminRequest('GET', '/'), idContext(id))).json()) as { revisions: Revision[] }).revisions;
    expect(revisions.map((revision) => revision.action)).toEqual(['restore', 'delete', 'update', 'import']);
  });
});
