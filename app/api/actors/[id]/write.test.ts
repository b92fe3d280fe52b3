import { describe, expect, it } from 'vitest';
import { GET as getDeleted } from '@/app/api/deleted/route';
import { getViewGraph } from '@/db/queries/graph';
import { signedInAs, TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { idContext, jsonRequest } from '@/db/testing/requests';
import type { ActorRecord, Revision } from '@/lib/records';
import { POST as createActorRoute } from '@/app/api/actors/route';
import { GET as getMeetingHistory } from '@/app/api/meetings/[id]/history/route';
import { GET as getMeeting } from '@/app/api/meetings/[id]/route';
import { POST as createMeetingRoute } from '@/app/api/meetings/route';
import { GET as getDeletion } from './deletion/route';
import { GET as getHistory } from './history/route';
import { POST as restore } from './restore/route';
import { DELETE as remove, GET as getProfile, PATCH as patch } from './route';

const edit = (id: string, body: unknown) => patch(jsonRequest('PATCH', `/api/actors/${id}`, body, signedInAs('editor')), idContext(id));
const del = (id: string, query: string) => remove(jsonRequest('DELETE', `/api/actors/${id}?${query}`, undefined, signedInAs('editor')), idContext(id));
// History, the deleted list and restoring are the admin's.
const asAdmin = signedInAs('admin');
const history = async (id: string) =>
  ((await (await getHistory(jsonRequest('GET', `/api/actors/${id}/history`, undefined, asAdmin), idContext(id))).json()) as { revisions: Revision[] })
    .revisions;
const EDITOR = TEST_USERS.editor;
/** The claims stored among these actors, unfolded. */
const view = (actors: string) => getViewGraph({ actorIds: actors.split(',') });

describe('PATCH /api/actors/:id (against Neo4j)', () => {
  useDemoDatabase();

  it('changes only the fields sent, answers the next version and records before and after', async () => {
    const response = await edit('qatar', { version: 1, changes: { description: 'Mediator.', aliases: ['Katar', 'Qatar State'] } });
    expect(response.status).toBe(200);
    const { actor } = (await response.json()) as { actor: ActorRecord };
    expect(actor).toMatchObject({ id: 'qatar', name: 'Qatar', country: 'QAT', wikidataId: 'Q846', description: 'Mediator.', version: 2 });
    expect(actor.aliases).toEqual(['Katar', 'Qatar State']);
    expect((await (await getProfile(jsonRequest('GET', '/api/actors/qatar'), idContext('qatar'))).json()).actor.version).toBe(2);

    const [update, create] = await history('qatar');
    expect(update).toMatchObject({ action: 'update', editor: EDITOR.name, editorId: EDITOR.id });
    expect(update!.before).toMatchObject({ description: 'One of the mediating countries of the Gaza ceasefire talks.' });
    expect(update!.after).toMatchObject({ description: 'Mediator.', aliases: ['Katar', 'Qatar State'] });
    expect(create).toMatchObject({ action: 'import', editor: 'demo-seed', editorId: null, before: null });
  });

  it('clears an optional field sent as null or empty, and writes nothing for a change that changes nothing', async () => {
    const cleared = await (await edit('egypt', { version: 1, changes: { wikidataId: '', country: null } })).json();
    expect(cleared.actor).toMatchObject({ wikidataId: null, country: null, version: 2 });
    const same = await (await edit('egypt', { version: 2, changes: { name: 'Egypt' } })).json();
    expect(same.actor.version).toBe(2);
    expect(await history('egypt')).toHaveLength(2);
  });

  it('refuses the second of two saves made on the same version, with the current record', async () => {
    const [first, second] = await Promise.all([
      edit('turkey', { version: 1, changes: { description: 'First analyst.' } }),
      edit('turkey', { version: 1, changes: { description: 'Second analyst.' } }),
    ]);
    expect([first!.status, second!.status].sort()).toEqual([200, 409]);
    const refused = (first!.status === 409 ? first : second)!;
    const body = await refused.json();
    expect(body.error).toMatchObject({
      code: 'conflict',
      message:
        'This record was changed since you opened it (now version 2). Reload it to see the changes, then apply yours again.',
      current: { id: 'turkey', version: 2 },
    });
    const winner = (first!.status === 200 ? 'First analyst.' : 'Second analyst.');
    expect(body.error.current.description).toBe(winner);
    expect((await history('turkey')).filter((revision) => revision.action === 'update')).toHaveLength(1);
  });

  it('answers 404 for an unknown or deleted actor, and 400 for a bad version or change', async () => {
    expect((await edit('nobody', { version: 1, changes: { name: 'X' } })).status).toBe(404);
    const bad = await edit('qatar', { version: 0, changes: { kind: 'planet', id: 'x' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues.map((issue: { field: string }) => issue.field).sort()).toEqual(['changes', 'changes.kind', 'version']);
  });
});

describe('DELETE and restore /api/actors/:id (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('refuses to leave ties dangling, then deletes them with withClaims, and restore brings all back', async () => {
    const before = await view('mit,turkey,ibrahim-kalin,ismail-haniyeh,hamas,israel');
    expect(before.ties.map((tie) => tie.id)).toContain('mit-part-of-turkey');
    const counts = await db.counts();

    const refused = await del('mit', 'version=1');
    expect(refused.status).toBe(409);
    const error = (await refused.json()).error;
    // The multilateral talks keep five participants without MİT: they are not dangling.
    expect(error).toMatchObject({ code: 'conflict', dangling: { ties: expect.any(Number), meetings: 0 } });
    expect(error.message).toMatch(/still takes part in \d+ ties and 0 meetings \(left with fewer than two participants without it\), which would be left dangling.*withClaims=true/);
    expect(await db.counts()).toEqual(counts);

    const deleted = await del('mit', 'version=1&withClaims=true');
    expect(deleted.status).toBe(200);
    const { deleted: deletedCounts, removedFromMeetings } = await deleted.json();
    expect(deletedCounts).toEqual({ actors: 1, ties: error.dangling.ties, meetings: 0, sources: 0 });
    expect(removedFromMeetings).toBe(1);

    const after = await view('mit,turkey,ibrahim-kalin,ismail-haniyeh,hamas,israel');
    expect(after.missing).toEqual(['mit']);
    expect(after.ties.map((tie) => tie.id)).not.toContain('mit-part-of-turkey');
    expect(after.ties.map((tie) => tie.id)).not.toContain('ibrahim-kalin-leads-mit');
    expect(after.meetings.map((meeting) => meeting.id)).toContain('multilateral-intelligence-diplomacy');
    expect((await getProfile(jsonRequest('GET', '/api/actors/mit'), idContext('mit'))).status).toBe(404);

    const listed = await (await getDeleted(jsonRequest('GET', '/api/deleted?kind=actor', undefined, asAdmin))).json();
    expect(listed.records).toEqual([
      { kind: 'actor', id: 'mit', name: 'MİT', deletedAt: expect.any(String), deletedBy: EDITOR.name, deletionId: expect.any(String) },
    ]);
    const all = (await (await getDeleted(jsonRequest('GET', '/api/deleted', undefined, asAdmin))).json()).records as { kind: string; deletionId: string }[];
    expect(all).toHaveLength(1 + error.dangling.ties);
    expect(new Set(all.map((record) => record.deletionId)).size).toBe(1);
    expect(all.find((record) => record.kind === 'tie')).toMatchObject({ title: expect.stringMatching(/MİT|Kalın/) });

    const restored = await restore(jsonRequest('POST', '/api/actors/mit/restore', undefined, asAdmin), idContext('mit'));
    expect(restored.status).toBe(200);
    expect((await restored.json()).restored).toEqual(deletedCounts);
    expect((await view('mit,turkey,ibrahim-kalin,ismail-haniyeh,hamas,israel')).ties).toEqual(before.ties);
    expect((await view('mit,turkey,ibrahim-kalin,ismail-haniyeh,hamas,israel')).meetings).toEqual(before.meetings);
    expect((await (await getDeleted(jsonRequest('GET', '/api/deleted', undefined, asAdmin))).json()).records).toEqual([]);

    const revisions = await history('mit');
    expect(revisions.map((revision) => revision.action)).toEqual(['restore', 'delete', 'import']);
    expect(revisions[0]).toMatchObject({ editor: TEST_USERS.admin.name, editorId: TEST_USERS.admin.id, before: null, after: { id: 'mit', name: 'MİT' } });
    expect(revisions[1]).toMatchObject({ editor: EDITOR.name, before: { id: 'mit' }, after: null });

    const again = await restore(jsonRequest('POST', '/api/actors/mit/restore', undefined, asAdmin), idContext('mit'));
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toMatch(/not deleted/);
  });

  it('deletes only the meetings an actor leaves with fewer than two participants, and only removes it from the others', async () => {
    const asEditor = signedInAs('editor');
    const post = async (path: string, body: unknown) => {
      const handler = path === '/api/actors' ? createActorRoute : createMeetingRoute;
      const response = await handler(jsonRequest('POST', path, body, asEditor));
      expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
      return response.json();
    };
    const citations = [{ source: { id: 'gaza-ceasefire-turkey-fr' }, quote: 'le Qatar et l’Égypte', credibility: 3 }];
    const { actor: fidan } = await post('/api/actors', { name: 'Hakan Fidan', kind: 'person', country: 'TUR' });
    const meeting = (title: string, participants: string[]) =>
      post('/api/meetings', {
        title,
        kind: 'negotiation',
        participants: participants.map((actorId, index) => ({ actorId, role: index === 0 ? 'host' : 'party' })),
        citations,
      });
    const { meeting: doha } = await meeting('Doha round', ['qatar', fidan.id, 'egypt']);
    const { meeting: cairo } = await meeting('Cairo round', ['egypt', fidan.id, 'qatar', 'united-states']);
    const { meeting: call } = await meeting('Fidan–Haniyeh call', ['ismail-haniyeh', fidan.id]);

    // The first confirmation can say it all before anything is sent.
    const preview = await getDeletion(jsonRequest('GET', `/api/actors/${fidan.id}/deletion`), idContext(fidan.id));
    expect(preview.status).toBe(200);
    expect(await preview.json()).toEqual({
      ties: [],
      meetingsDeleted: [{ id: call.id, title: 'Fidan–Haniyeh call' }],
      meetingsLeft: [
        { id: cairo.id, title: 'Cairo round' },
        { id: doha.id, title: 'Doha round' },
      ],
    });
    expect((await getDeletion(jsonRequest('GET', '/api/actors/nobody/deletion'), idContext('nobody'))).status).toBe(404);

    // The call would be left with Haniyeh alone: deleting it needs withClaims, like a tie.
    const refused = await del(fidan.id, 'version=1');
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.dangling).toEqual({ ties: 0, meetings: 1 });

    const deleted = await (await del(fidan.id, 'version=1&withClaims=true')).json();
    expect(deleted).toEqual({ deleted: { actors: 1, ties: 0, meetings: 1, sources: 0 }, removedFromMeetings: 2 });

    const seen = await view('qatar,egypt,united-states,ismail-haniyeh');
    const participantsOf = (id: string) => seen.meetings.find((m) => m.id === id)?.participants.map((p) => p.actorId).sort();
    expect(participantsOf(doha.id)).toEqual(['egypt', 'qatar']);
    expect(participantsOf(cairo.id)).toEqual(['egypt', 'qatar', 'united-states']);
    expect(participantsOf(call.id)).toBeUndefined();
    const dohaNow = await (await getMeeting(jsonRequest('GET', `/api/meetings/${doha.id}`), idContext(doha.id))).json();
    expect(dohaNow.version).toBe(2);

    // History shows who left the meeting, and when.
    const meetingHistory = async (id: string) =>
      ((await (await getMeetingHistory(jsonRequest('GET', `/api/meetings/${id}/history`, undefined, asAdmin), idContext(id))).json()) as { revisions: Revision[] })
        .revisions;
    const [left] = await meetingHistory(doha.id);
    expect(left).toMatchObject({ action: 'update', editor: EDITOR.name });
    expect((left!.before!.participants as { actorId: string }[]).map((p) => p.actorId).sort()).toEqual(['egypt', fidan.id, 'qatar']);
    expect((left!.after!.participants as { actorId: string }[]).map((p) => p.actorId).sort()).toEqual(['egypt', 'qatar']);

    // Restoring the actor brings back the call and its place in the rounds, with their roles.
    const restored = await (await restore(jsonRequest('POST', `/api/actors/${fidan.id}/restore`, undefined, asAdmin), idContext(fidan.id))).json();
    expect(restored.restored).toEqual({ actors: 1, ties: 0, meetings: 1, sources: 0 });
    const back = await view(`qatar,egypt,united-states,ismail-haniyeh,${fidan.id}`);
    const rolesOf = (id: string) => back.meetings.find((m) => m.id === id)?.participants.map((p) => `${p.actorId}:${p.role}`).sort();
    expect(rolesOf(doha.id)).toEqual(['egypt:party', `${fidan.id}:party`, 'qatar:host']);
    expect(rolesOf(cairo.id)).toEqual(['egypt:host', `${fidan.id}:party`, 'qatar:party', 'united-states:party']);
    expect(rolesOf(call.id)).toEqual([`${fidan.id}:party`, 'ismail-haniyeh:host']);
    expect((await meetingHistory(doha.id)).map((revision) => revision.action)).toEqual(['update', 'update', 'create']);
    expect(await db.query('MATCH ()-[former:FORMER_PARTICIPANT]->() RETURN count(former) AS count')).toEqual([{ count: 0 }]);
    const degrees = await db.query(
      `MATCH (a:Actor) WHERE a.degree <> COUNT { (a)<-[:SUBJECT|OBJECT|PARTICIPANT]-(c) WHERE c.deletedAt IS NULL } RETURN a.id AS id`,
    );
    expect(degrees).toEqual([]);
  });

  it('deletes an actor without ties at once, keeps its history, and needs the current version', async () => {
    await db.run("CREATE (:Actor {id: 'lonely', name: 'Lonely', kind: 'person', version: 3})");
    const stale = await del('lonely', 'version=2');
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current.version).toBe(3);
    expect((await del('lonely', 'version=3')).status).toBe(200);
    expect((await history('lonely')).map((revision) => revision.action)).toEqual(['delete']);
    expect((await del('lonely', 'version=4')).status).toBe(404);
    expect((await del('lonely', 'withClaims=maybe')).status).toBe(400);
  });

  it('answers 404 for the history of an id that never was', async () => {
    expect((await getHistory(jsonRequest('GET', '/api/actors/never/history', undefined, asAdmin), idContext('never'))).status).toBe(404);
  });
});
