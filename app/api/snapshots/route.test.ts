import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { extraTestUser, signedInAs, TEST_USERS, type TestUser } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { idContext, jsonRequest, TEST_ORIGIN } from '@/db/testing/requests';
import type { Role } from '@/lib/auth/roles';
import type { Snapshot } from '@/lib/snapshot';
import { DELETE, GET } from './[id]/route';
import { GET as LIST, POST } from './route';

// Sharing needs an account, and any role will do: a viewer's session unless a test says whose.
function post(body: unknown, contentType = 'application/json', who: Role | TestUser = 'viewer') {
  return POST(
    new NextRequest('http://test/api/snapshots', {
      method: 'POST',
      headers: { 'Content-Type': contentType, Origin: TEST_ORIGIN, ...signedInAs(who) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

function remove(id: string, who: Role | TestUser | null) {
  return DELETE(jsonRequest('DELETE', `/api/snapshots/${id}`, undefined, who ? signedInAs(who) : {}), idContext(id));
}

async function listOf(who: Role | null) {
  const response = await LIST(new NextRequest('http://test/api/snapshots', { headers: who ? signedInAs(who) : {} }));
  return { status: response.status, body: await response.json() };
}

async function read(id: string): Promise<Snapshot> {
  const response = await GET(new NextRequest(`http://test/api/snapshots/${id}`), { params: Promise.resolve({ id }) });
  expect(response.status).toBe(200);
  return (await response.json()) as Snapshot;
}

const picture = {
  view: '?a=israel,ismail-haniyeh&sel=actor:israel',
  positions: { 'actor:israel': { x: 10, y: 20 }, 'actor:ismail-haniyeh': { x: 200, y: 40 } },
  zoom: 1.5,
  pan: { x: -30, y: 12 },
};

describe('snapshots (against Neo4j)', () => {
  const database = useDemoDatabase();
  afterEach(() => {
    delete process.env.PARLEY_SNAPSHOT_MAX_KB;
    delete process.env.PARLEY_SNAPSHOT_QUOTA;
  });

  it('stores the picture and the content with its quotes, and keeps them after the graph changes', async () => {
    const response = await post(picture);
    expect(response.status).toBe(201);
    const { id, url } = await response.json();
    expect(url).toBe(`/v/${id}`);

    await database.run(
      "MATCH (r:Tie {id: 'israel-assassinates-ismail-haniyeh'})-[c:CITES]->() SET r.deletedAt = '2026-11-29T00:00:00Z', c.quote = 'edited'",
    );
    const snapshot = await read(id);
    expect(snapshot).toMatchObject({ createdBy: TEST_USERS.viewer.name, zoom: 1.5, pan: { x: -30, y: 12 }, positions: picture.positions });
    expect(snapshot.view).toBe('?a=israel,ismail-haniyeh&sel=actor:israel');
    expect(snapshot.bundle.ties.map((tie) => tie.id)).toEqual(['israel-assassinates-ismail-haniyeh']);
    expect(snapshot.bundle.ties[0]!.citations[0]!.quote).toMatch(/^L'assassinat par Israël/);
    await database.reset();
  });

  it('refuses bad input with a message naming the field, and writes nothing', async () => {
    for (const [body, field] of [
      [{ ...picture, zoom: -1 }, 'zoom'],
      [{ ...picture, positions: { 'actor:x': { x: 'a', y: 1 } } }, 'positions.actor:x.x'],
      [{ ...picture, view: '?a=Bad Id!' }, 'view'],
      [{ ...picture, extra: true }, '(request)'],
    ] as const) {
      const response = await post(body);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.issues.map((issue: { field: string }) => issue.field)).toContain(field);
    }
    expect((await post('not json')).status).toBe(400);
    expect((await post(JSON.stringify(picture), 'text/plain')).status).toBe(400);
  });

  it('answers 404 for an unknown snapshot and 400 for a malformed id', async () => {
    const unknown = await GET(new NextRequest('http://test/api/snapshots/AAAAAAAAAA'), { params: Promise.resolve({ id: 'AAAAAAAAAA' }) });
    expect(unknown.status).toBe(404);
    const malformed = await GET(new NextRequest('http://test/api/snapshots/x'), { params: Promise.resolve({ id: 'x' }) });
    expect(malformed.status).toBe(400);
  });

  it('stores the whole content of the view with its quotes, far more than was sent, and refuses it past the size limit', async () => {
    const view = { ...picture, view: '?a=turkey,hamas,israel,qatar,egypt,united-states' };
    const sent = Buffer.byteLength(JSON.stringify(view));
    const { id } = await (await post(view)).json();
    const [{ stored }] = (await database.query('MATCH (s:Snapshot {id: $id}) RETURN size(s.bundle) + size(s.positions) + size(s.view) AS stored', { id })) as [
      { stored: number },
    ];
    expect(stored).toBeGreaterThan(10 * sent);

    process.env.PARLEY_SNAPSHOT_MAX_KB = String(Math.floor(stored / 1024));
    const before = await database.counts();
    const response = await post(view);
    expect(response.status).toBe(413);
    const { error } = await response.json();
    expect(error.code).toBe('content_too_large');
    expect(error.message).toContain(`a snapshot may hold at most ${process.env.PARLEY_SNAPSHOT_MAX_KB} KB`);
    expect(error.issues).toEqual([{ field: 'view', message: expect.stringMatching(/^At most \d+ KB/) }]);
    expect(error.limitBytes).toBe(Number(process.env.PARLEY_SNAPSHOT_MAX_KB) * 1024);
    expect(await database.counts()).toEqual(before);

    process.env.PARLEY_SNAPSHOT_MAX_KB = String(Math.ceil(stored / 1024));
    expect((await post(view)).status).toBe(201);
  });

  it('keeps at most the quota of snapshots per user, even when shares arrive at once, and a delete frees a place', async () => {
    const sharer = extraTestUser('viewer', 'test-sharer');
    await database.addUser(sharer);
    process.env.PARLEY_SNAPSHOT_QUOTA = '3';
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(picture, 'application/json', sharer)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
    const refused = await responses[statuses.indexOf(409)]!.json();
    expect(refused.error).toMatchObject({ code: 'conflict', quota: 3, kept: 3 });
    expect(refused.error.message).toMatch(/^You keep 3 snapshots, the most one account may keep on this server\. Delete some/);
    // Another user's quota is their own.
    expect((await post(picture)).status).toBe(201);

    const { id } = await responses[statuses.indexOf(201)]!.json();
    expect((await remove(id, sharer)).status).toBe(200);
    expect((await post(picture, 'application/json', sharer)).status).toBe(201);
    expect((await post(picture, 'application/json', sharer)).status).toBe(409);
  });

  it('is deleted by the user who took it or an admin, leaving a tombstone without the content, and by no one else', async () => {
    const take = async (who: Role) => ((await (await post(picture, 'application/json', who)).json()) as { id: string }).id;
    const mine = await take('viewer');

    expect((await remove(mine, null)).status).toBe(401);
    const refused = await remove(mine, 'editor');
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe('Only the user who took this snapshot, or an admin, may delete it.');
    await read(mine);

    const deleted = await remove(mine, 'viewer');
    expect(deleted.status).toBe(200);
    const { deleted: body } = await deleted.json();
    expect(body).toEqual({ id: mine, deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const gone = await GET(new NextRequest(`http://test/api/snapshots/${mine}`), idContext(mine));
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toBe(`The snapshot "${mine}" was deleted on ${body.deletedAt.slice(0, 10)}.`);
    const [tombstone] = await database.query('MATCH (s:Snapshot {id: $id}) RETURN properties(s) AS s', { id: mine });
    expect(Object.keys(tombstone!.s as object).sort()).toEqual(['createdAt', 'createdBy', 'createdById', 'deletedAt', 'deletedBy', 'deletedById', 'id']);
    expect(tombstone!.s).toMatchObject({ deletedBy: TEST_USERS.viewer.name, deletedById: TEST_USERS.viewer.id });
    expect((await remove(mine, 'viewer')).status).toBe(404);

    const editors = await take('editor');
    expect((await remove(editors, 'viewer')).status).toBe(403);
    expect((await remove(editors, 'admin')).status).toBe(200);
    expect((await remove('AAAAAAAAAA', 'admin')).status).toBe(404);
    expect((await remove('x', 'admin')).status).toBe(400);
  });

  it("lists the user's own snapshots, newest first, named by their actors, and forgets a deleted one", async () => {
    const first = (await (await post(picture, 'application/json', 'editor')).json()).id as string;
    const second = (await (await post({ ...picture, view: '?a=turkey,qatar,hamas' }, 'application/json', 'editor')).json()).id as string;
    await post(picture, 'application/json', 'viewer');

    const mine = await listOf('editor');
    expect(mine.status).toBe(200);
    expect(mine.body.quota).toBe(100);
    expect(mine.body.snapshots.map((snapshot: { id: string }) => snapshot.id)).toEqual([second, first]);
    expect(mine.body.snapshots[0].title).toMatch(/^Snapshot: (?=.*Turkey)(?=.*Qatar)(?=.*Hamas)/);

    expect((await remove(first, 'editor')).status).toBe(200);
    expect((await listOf('editor')).body.snapshots.map((snapshot: { id: string }) => snapshot.id)).toEqual([second]);
    expect((await listOf(null)).status).toBe(401);
  });
});
