import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { TEST_USERS, signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { TEST_ORIGIN } from '@/db/testing/requests';
import { recordFigures } from './figures.testing';
import * as session from './session/route';
import { callRoute, writeRequest } from './write-request.testing';
import { WRITE_ROUTES } from './write-routes.testing';

/**
 * Cross-site request forgery on every write route: a form posted from another site, and JSON sent as text/plain
 * (the one JSON-looking body a cross-site form or no-preflight fetch can send), are refused and write nothing —
 * even with the session of a user allowed to make the change. The route refuses them itself: the proxy does not see
 * the API.
 */

const EVIL = 'https://evil.example';
const FORM = 'application/x-www-form-urlencoded';

describe('cross-site requests to every write route (against Neo4j)', () => {
  const db = useDemoDatabase();
  let tried = 0;
  let serverErrors = 0;
  const count = (response: Response) => {
    tried += 1;
    if (response.status >= 500) serverErrors += 1;
    return response;
  };

  describe.each(WRITE_ROUTES.map((route) => [route.name, route] as const))('%s', (name, route) => {
    it('refuses a form posted from another site with 403', async () => {
      const prepared = await route.prepare(db, `csrf-form-${name.replace(/\W+/g, '-').toLowerCase()}`, route.role);
      const before = await db.counts();
      const formBody = new URLSearchParams({ name: 'x', kind: 'person', payload: JSON.stringify(prepared.body ?? {}) }).toString();
      const request = () => writeRequest(route, { ...prepared, rawBody: formBody, contentType: FORM }, route.role, { Origin: EVIL });
      const response = count(await callRoute(route, prepared, request()));
      expect(response.status).toBe(403);
      expect((await response.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/did not come from a Parley page/) });
      expect(await db.counts()).toEqual(before);
    });

    it('refuses a request with neither Origin nor Sec-Fetch-Site, and one another site marked cross-site', async () => {
      const prepared = await route.prepare(db, `csrf-none-${name.replace(/\W+/g, '-').toLowerCase()}`, route.role);
      const before = await db.counts();
      const bare = writeRequest(route, prepared, route.role);
      bare.headers.delete('origin');
      expect(count(await callRoute(route, prepared, bare)).status).toBe(403);
      const crossSite = writeRequest(route, prepared, route.role, { 'Sec-Fetch-Site': 'cross-site' });
      crossSite.headers.delete('origin');
      expect(count(await callRoute(route, prepared, crossSite)).status).toBe(403);
      expect(await db.counts()).toEqual(before);
    });

    // The import takes files as text/plain by design; a cross-site one is refused by its Origin above.
    if (route.name !== 'POST /api/import') {
      it('refuses JSON sent as text/plain with 400, also from this site', async () => {
        const prepared = await route.prepare(db, `csrf-text-${name.replace(/\W+/g, '-').toLowerCase()}`, route.role);
        const before = await db.counts();
        const text = { ...prepared, rawBody: JSON.stringify(prepared.body ?? {}), contentType: 'text/plain' };
        const sameSite = count(await callRoute(route, prepared, writeRequest(route, text, route.role)));
        expect(sameSite.status).toBe(route.method === 'DELETE' || prepared.body === undefined ? sameSite.status : 400);
        if (prepared.body !== undefined) expect((await sameSite.json()).error.message).toMatch(/Content-Type: application\/json/);
        const crossSite = count(await callRoute(route, prepared, writeRequest(route, text, route.role, { Origin: EVIL })));
        expect(crossSite.status).toBe(403);
        // A body-less write (DELETE, restore) ignores the body; all it may do then is its normal work.
        if (prepared.body !== undefined) expect(await db.counts()).toEqual(before);
      });
    }
  });

  it('protects signing in and out the same way', async () => {
    const before = await db.counts();
    const body = JSON.stringify({ username: TEST_USERS.editor.username, password: TEST_USERS.editor.password });
    const signIn = (headers: Record<string, string>) =>
      session.POST(new NextRequest(`${TEST_ORIGIN}/api/session`, { method: 'POST', headers, body }));
    expect(count(await signIn({ Origin: EVIL, 'Content-Type': 'application/json' })).status).toBe(403);
    expect(count(await signIn({ Origin: TEST_ORIGIN, 'Content-Type': 'text/plain' })).status).toBe(400);
    expect(count(await signIn({ Origin: TEST_ORIGIN, 'Content-Type': FORM })).status).toBe(400);
    const signOut = count(await session.DELETE(new NextRequest(`${TEST_ORIGIN}/api/session`, { method: 'DELETE', headers: { Origin: EVIL, ...signedInAs('editor') } })));
    expect(signOut.status).toBe(403);
    expect(await db.counts()).toEqual(before);
  });

  it('lets a same-origin request through on Sec-Fetch-Site alone, and reads through whatever their origin', async () => {
    const route = WRITE_ROUTES.find((candidate) => candidate.name === 'POST /api/actors')!;
    const prepared = await route.prepare(db, 'csrf-fetch-site', 'editor');
    const request = writeRequest(route, prepared, 'editor', { 'Sec-Fetch-Site': 'same-origin' });
    request.headers.delete('origin');
    expect(count(await callRoute(route, prepared, request)).status).toBe(201);
    const read = proxy(new NextRequest(`${TEST_ORIGIN}/`, { headers: { Origin: EVIL } }));
    expect(read.status).toBe(200);
    expect(read.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const serverAction = proxy(new NextRequest(`${TEST_ORIGIN}/`, { method: 'POST', headers: { Origin: EVIL, 'Next-Action': 'abc' } }));
    expect(serverAction.status).toBe(403);
  });

  it('saw no 5xx', () => {
    expect(serverErrors).toBe(0);
    recordFigures('csrf', { requests: tried, serverErrors });
  });
});
