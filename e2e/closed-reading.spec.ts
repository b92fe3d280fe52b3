import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { signedInAs } from '../db/testing/accounts';
import { startSecondServer, type SecondServer } from './second-server';

/**
 * With `PARLEY_ANONYMOUS_READ=false`, the proxy only looks for a session cookie; a made-up one gets past it. Every
 * page, metadata function and image route must then check the session itself, before it reads anything: a visitor
 * whose cookie names no session is sent to sign in, and the answer holds none of the data. This spec starts a
 * second server of the same build with the setting off (the suite's own server keeps anonymous reading on).
 */

const MADE_UP_COOKIE = { Cookie: 'parley_session=made-up-session-token-that-no-one-was-given' };
const HOME_VIEW = '/?a=turkey,hamas,qatar,egypt,israel';
/** What the pages above would say of their data: actor names, the view's counts, a snapshot's title. */
const LEAKS = ['Turkey', 'Hamas', 'Qatar', 'Egypt', 'Israel', 'Haniyeh', 'Snapshot:', /\d+ (actors?|ties?|meetings?)\b/];

function expectNoData(body: string, url: string): void {
  for (const leak of LEAKS) {
    // A boolean, so that a failure names the leak instead of printing the whole page.
    const leaked = typeof leak === 'string' ? body.includes(leak) : leak.test(body);
    expect(leaked, `${url} answers "${String(leak)}"`).toBe(false);
  }
}

test.describe('with anonymous reading off, a made-up session cookie', () => {
  // The server takes a while to start on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  let server: SecondServer;
  let closed: APIRequestContext;
  let snapshotId: string;

  test.beforeAll(async () => {
    server = await startSecondServer('closed-reading', { PARLEY_ANONYMOUS_READ: 'false' });
    const { baseURL } = server;
    closed = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const shared = await closed.post('/api/snapshots', {
      headers: { ...signedInAs('viewer'), Origin: baseURL },
      data: { view: '?a=israel,ismail-haniyeh', positions: {}, zoom: 1, pan: { x: 0, y: 0 } },
    });
    expect(shared.status()).toBe(201);
    snapshotId = ((await shared.json()) as { id: string }).id;
  });

  test.afterAll(async () => {
    await closed?.dispose();
    server?.stop();
  });

  test('is sent to sign in from a view, a snapshot and its picture, with none of their data in the answer', async () => {
    for (const url of [HOME_VIEW, `/v/${snapshotId}`, `/v/${snapshotId}/opengraph-image`]) {
      const response = await closed.get(url, { headers: MADE_UP_COOKIE, maxRedirects: 0 });
      expect(response.status(), url).toBe(307);
      const next = new URL(response.headers()['location'] ?? '', 'http://parley').searchParams.get('next') ?? '';
      expect(decodeURIComponent(next), url).toBe(url);
      expect(response.headers()['content-type'] ?? '', url).not.toMatch(/^image\//);
      expectNoData(await response.text(), url);
    }
  });

  test('is answered 401 by the preview picture, with no picture', async () => {
    const response = await closed.get(`/api/preview${HOME_VIEW.slice(1)}`, { headers: MADE_UP_COOKIE, maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Sign in to read Parley/);
  });

  test('is not what a real session gets: a viewer reads the same snapshot', async () => {
    const response = await closed.get(`/v/${snapshotId}`, { headers: signedInAs('viewer'), maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/Snapshot: (Israel, Ismail Haniyeh|Ismail Haniyeh, Israel)/);
    // Its picture too, but kept by no shared cache: with reading closed, not everyone may see it.
    const picture = await closed.get(`/v/${snapshotId}/opengraph-image`, { headers: signedInAs('viewer'), maxRedirects: 0 });
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-type']).toBe('image/png');
    expect(picture.headers()['cache-control']).toBe('private, no-store');
  });
});
