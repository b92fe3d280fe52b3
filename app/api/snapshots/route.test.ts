import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { signedInAs, TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { TEST_ORIGIN } from '@/db/testing/requests';
import type { Snapshot } from '@/lib/snapshot';
import { GET } from './[id]/route';
import { POST } from './route';

function post(body: unknown, contentType = 'application/json') {
  return POST(
    new NextRequest('http://test/api/snapshots', {
      method: 'POST',
      // Sharing needs an account, and any role will do: a viewer's session.
      headers: { 'Content-Type': contentType, Origin: TEST_ORIGIN, ...signedInAs('viewer') },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
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

  it('stores the picture and the content with its quotes, and keeps them after the graph changes', async () => {
    const response = await post(picture);
    expect(response.status).toBe(201);
    const { id, url } = await response.json();
    expect(url).toBe(`/v/${id}`);

    await database.run(
      "MATCH (r:Relation {id: 'israel-assassinates-ismail-haniyeh'})-[c:CITES]->() SET r.deletedAt = '2026-11-29T00:00:00Z', c.quote = 'edited'",
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
});
