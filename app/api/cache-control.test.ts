import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { jsonRequest, TEST_ORIGIN } from '@/db/testing/requests';
import Image from '@/app/v/[id]/opengraph-image';
import { GET as getActor } from './actors/[id]/route';
import { GET as exportView } from './export/route';
import { GET as getPreview } from './preview/route';
import { GET as getSession } from './session/route';
import { POST as postSnapshot } from './snapshots/route';
import { POST as postView } from './view/route';

/** The browser and any cache between it and the server must not keep what depends on who asked. */
const privateNoStore = (response: Response) => expect(response.headers.get('cache-control')).toMatch(/^private, no-store\b/);

async function snapshotId(): Promise<string> {
  const response = await postSnapshot(
    new NextRequest(`${TEST_ORIGIN}/api/snapshots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN, ...signedInAs('viewer') },
      body: JSON.stringify({ view: '?a=turkey,qatar', positions: { 'actor:turkey': { x: 0, y: 0 }, 'actor:qatar': { x: 100, y: 0 } }, zoom: 1, pan: { x: 0, y: 0 } }),
    }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('Cache-Control (against Neo4j)', () => {
  useDemoDatabase();
  afterEach(() => {
    delete process.env.PARLEY_ANONYMOUS_READ;
  });

  it('keeps API answers that depend on the session out of every cache, errors included', async () => {
    privateNoStore(await getSession(jsonRequest('GET', '/api/session', undefined, signedInAs('editor'))));
    privateNoStore(await getActor(jsonRequest('GET', '/api/actors/qatar'), { params: Promise.resolve({ id: 'qatar' }) }));
    privateNoStore(await postView(jsonRequest('POST', '/api/view', { view: '?a=qatar' })));
    privateNoStore(await getActor(jsonRequest('GET', '/api/actors/no-such-actor'), { params: Promise.resolve({ id: 'no-such-actor' }) }));
    privateNoStore(await exportView(jsonRequest('GET', '/api/export?format=json&a=qatar')));
  });

  it('lets shared caches keep previews only while anyone may read', async () => {
    const id = await snapshotId();
    const picture = async () => (await Image({ params: Promise.resolve({ id }) })).headers.get('cache-control');
    expect((await getPreview(jsonRequest('GET', '/api/preview?a=qatar'))).headers.get('cache-control')).toBe('public, max-age=300');
    expect(await picture()).toBe('public, max-age=300');

    process.env.PARLEY_ANONYMOUS_READ = 'false';
    const signedIn = await getPreview(jsonRequest('GET', '/api/preview?a=qatar', undefined, signedInAs('viewer')));
    expect(signedIn.status).toBe(200);
    // The snapshot's picture needs a request's session when reading is closed: e2e/closed-reading.spec.ts checks it.
    privateNoStore(signedIn);
  });
});
