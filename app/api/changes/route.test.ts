import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { PATCH as editActor } from '@/app/api/actors/[id]/route';
import { DELETE as deleteMeeting } from '@/app/api/meetings/[id]/route';
import { POST as createTie } from '@/app/api/ties/route';
import { GET as getView } from '@/app/api/view/route';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { signedInAs, TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { importRecords } from '@/db/testing/import';
import { editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import type { ChangesSince } from '@/lib/changes';
import type { ViewPicture } from '@/lib/graph';
import { GET } from './route';

const changes = (query: string, who: 'viewer' | null = 'viewer') => GET(jsonRequest('GET', `/api/changes${query}`, undefined, who ? signedInAs(who) : {}));
const listed = async (query: string) => {
  const response = await changes(query);
  expect(response.status).toBe(200);
  return (await response.json()) as ChangesSince;
};
const picture = async (query: string) => (await (await getView(new NextRequest(`http://test/api/view${query}`))).json()) as ViewPicture;
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('GET /api/changes (against Neo4j)', () => {
  useDemoDatabase({ reset: 'each' });
  const EDITOR = TEST_USERS.editor.name;

  /** A tie imported first, then the moment, then a tie added, an actor edited and a meeting deleted through the forms. */
  async function changeAfterAMoment(): Promise<{ before: string; moment: string }> {
    const before = new Date().toISOString();
    await pause();
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      ties: [{ id: 'imported-before', type: 'CRITICIZES', subjectId: 'turkey', objectId: 'israel', confidence: 'low', since: '2024-08-01', until: '2024-08-01', sourceId: DEMO_SOURCE.id, quote: 'Turquie', credibility: 6 }],
    });
    await pause();
    const moment = new Date().toISOString();
    await pause();
    const tie = { type: 'SUPPORTS', subjectId: 'qatar', objectId: 'hamas', confidence: 'moderate', citations: [{ source: { id: DEMO_SOURCE.id }, quote: 'le Qatar', credibility: 3 }] };
    expect((await createTie(editorRequest('POST', '/api/ties', tie))).status).toBe(201);
    expect((await editActor(editorRequest('PATCH', '/api/actors/egypt', { version: 1, changes: { description: 'Mediator.' } }), idContext('egypt'))).status).toBe(200);
    expect((await deleteMeeting(editorRequest('DELETE', '/api/meetings/kalin-haniyeh-meetings?version=1'), idContext('kalin-haniyeh-meetings'))).status).toBe(200);
    return { before, moment };
  }

  it('lists what was added, edited and deleted since a moment, the latest first, each with who did it — and not what came before', async () => {
    const { before, moment } = await changeAfterAMoment();
    const since = await listed(`?since=${moment}`);
    expect(since.changes.map(({ kind, id, title, change, editors }) => ({ kind, id, title, change, editors }))).toEqual([
      { kind: 'meeting', id: 'kalin-haniyeh-meetings', title: 'Kalın–Haniyeh meetings', change: 'deleted', editors: [EDITOR] },
      { kind: 'actor', id: 'egypt', title: 'Egypt', change: 'edited', editors: [EDITOR] },
      { kind: 'tie', id: 'qatar-supports-hamas', title: 'Qatar supports Hamas', change: 'added', editors: [EDITOR] },
    ]);
    expect(since.total).toBe(3);
    expect(since.changes.find((change) => change.kind === 'tie')?.actorIds.sort()).toEqual(['hamas', 'qatar']);

    // From before the import, the imported tie is listed too, by who imported it; a day before it, the demo data as well.
    const earlier = await listed(`?since=${before}`);
    expect(earlier.changes.find((change) => change.id === 'imported-before')).toMatchObject({ kind: 'tie', title: 'Turkey criticizes Israel', change: 'added', editors: [EDITOR] });
    expect(earlier.total).toBe(4);
    const yesterday = new Date(Date.parse(before) - 86_400_000).toISOString().slice(0, 10);
    const all = await listed(`?since=${yesterday}&limit=2`);
    expect(all.changes).toHaveLength(2);
    expect(all.total).toBeGreaterThan(20);
    expect(all.since).toBe(yesterday);
  });

  it('marks on the canvas what the view draws that changed since the moment, and nothing without one', async () => {
    const { moment } = await changeAfterAMoment();
    const view = await picture(`?a=qatar,hamas,egypt,israel,turkey&since=${moment}`);
    expect(view.changes).toEqual({ 'tie:qatar-supports-hamas': 'added', 'actor:egypt': 'edited' });
    expect((await picture('?a=qatar,hamas,egypt,israel,turkey')).changes).toBeNull();
  });

  it('refuses a date it cannot read with a 400 naming the field, and anyone not signed in', async () => {
    for (const query of ['', '?since=yesterday', '?since=2024-13-01', '?since=2024-07-01&limit=0']) {
      const response = await changes(query);
      expect(response.status, query).toBe(400);
      const fields = ((await response.json()).error.issues as { field: string }[]).map((issue) => issue.field);
      expect(fields, query).toEqual([query.includes('limit') ? 'limit' : 'since']);
    }
    expect((await changes('?since=2024-07-01', null)).status).toBe(401);
  });
});
