import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { TEST_ORIGIN } from '@/db/testing/requests';
import type { Role } from '@/lib/auth/roles';
import * as actorHistory from './actors/[id]/history/route';
import * as neighbourPreview from './actors/[id]/neighbours/preview/route';
import * as neighbours from './actors/[id]/neighbours/route';
import * as actor from './actors/[id]/route';
import * as similar from './actors/similar/route';
import * as deleted from './deleted/route';
import * as exportRoute from './export/route';
import { recordFigures } from './figures.testing';
import * as lines from './lines/route';
import * as meetingHistory from './meetings/[id]/history/route';
import * as meeting from './meetings/[id]/route';
import * as meetings from './meetings/route';
import * as paths from './paths/route';
import * as preview from './preview/route';
import * as tieHistory from './ties/[id]/history/route';
import * as tie from './ties/[id]/route';
import * as search from './search/route';
import * as session from './session/route';
import * as snapshot from './snapshots/[id]/route';
import * as sourceHistory from './sources/[id]/history/route';
import * as source from './sources/[id]/route';
import * as sources from './sources/route';
import * as view from './view/route';
import { callRoute, writeRequest } from './write-request.testing';
import { WRITE_ROUTES } from './write-routes.testing';

/**
 * Bad input on every API route, reads included (hostile-input.test.ts goes deeper into the JSON write routes):
 * wrong types, unknown enum values, 1 MB strings, bytes that are not UTF-8, `javascript:` and `data:` URLs, HTML
 * and Cypher in ids and text. Invalid input gets a 4xx with a message; text that is merely hostile is searched or
 * stored as the plain text it is; no request gets a 5xx, and the database's counts never move.
 */

const CYPHER = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //";
const HTML = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const MEGABYTE = 'x'.repeat(1_000_000);
const NOT_UTF8 = '%FF%FE%C3';
const enc = encodeURIComponent;

type Read = (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>;
interface ReadRoute {
  name: string;
  handler: Read;
  /** The path for a given id (routes under `[id]`), with `query` after it. */
  path: (id: string) => string;
  role?: Role;
  /** Query strings that must be refused with a 4xx. */
  invalid: string[];
  /** Query strings of hostile but legal text: any answer below 500. */
  hostileText?: string[];
  /** Whether the route takes an `[id]`, which is then tried with hostile ids too. */
  takesId?: boolean;
}

const BAD_IDS = [CYPHER, HTML, 'javascript:alert(1)', MEGABYTE.slice(0, 5000), '\u0000', 'Ünïcode'];
const INT_CASES = (name: string) => [`${name}=abc`, `${name}=-1`, `${name}=1e99`, `${name}=1.5`, `${name}=${MEGABYTE.slice(0, 100_000)}`];

const ROUTES: ReadRoute[] = [
  { name: 'GET /api/search', handler: search.GET, path: () => '/api/search', invalid: [`q=${MEGABYTE}`, 'q=a&limit=0', ...INT_CASES('limit').map((query) => `q=a&${query}`)], hostileText: [`q=${enc(CYPHER)}`, `q=${enc(HTML)}`, `q=${NOT_UTF8}`] },
  { name: 'GET /api/view', handler: view.GET, path: () => '/api/view', invalid: [`a=${enc(CYPHER)}`, `a=${enc(HTML)}`, `a=${MEGABYTE}`, `a=${NOT_UTF8}`, 'fold=sideways', `hide=${enc(CYPHER)}`] },
  { name: 'GET /api/lines', handler: lines.GET, path: () => '/api/lines', invalid: ['', `line=${enc(CYPHER)}`, 'line=actor:turkey', 'line=tie:x&page=0', 'line=tie:x&page=abc', `line=tie:x&a=${enc(HTML)}`] },
  { name: 'GET /api/actors/:id', handler: actor.GET, path: (id) => `/api/actors/${enc(id)}`, invalid: [], takesId: true },
  { name: 'GET /api/actors/:id/neighbours/preview', handler: neighbourPreview.GET, path: (id) => `/api/actors/${enc(id)}/neighbours/preview`, invalid: ['hops=3', 'hops=abc', `hops=${enc(CYPHER)}`], takesId: true },
  { name: 'GET /api/actors/:id/neighbours', handler: neighbours.GET, path: (id) => `/api/actors/${enc(id)}/neighbours`, invalid: ['connections=BEFRIENDS', `connections=${enc(CYPHER)}`, ...INT_CASES('limit')], takesId: true },
  { name: 'GET /api/actors/similar', handler: similar.GET, path: () => '/api/actors/similar', invalid: [`name=${MEGABYTE}`, `aliases=${MEGABYTE}`], hostileText: [`name=${enc(CYPHER)}`, `name=${enc(HTML)}&aliases=${enc(CYPHER)}`, `name=${NOT_UTF8}`] },
  { name: 'GET /api/ties/:id', handler: tie.GET, path: (id) => `/api/ties/${enc(id)}`, invalid: [], takesId: true },
  { name: 'GET /api/meetings/:id', handler: meeting.GET, path: (id) => `/api/meetings/${enc(id)}`, invalid: [], takesId: true },
  { name: 'GET /api/meetings', handler: meetings.GET, path: () => '/api/meetings', invalid: ['from=31/07/2024', 'to=2024-13', 'from=2024-08&to=2024-07', `participant=${enc(CYPHER)}`, ...INT_CASES('limit')] },
  { name: 'GET /api/paths', handler: paths.GET, path: () => '/api/paths', invalid: ['from=qatar', `from=${enc(CYPHER)}&to=hamas`, 'from=qatar&to=hamas&maxHops=7', 'from=qatar&to=hamas&minReliability=Z', 'from=qatar&to=hamas&connections=BEFRIENDS', 'from=qatar&to=hamas&tiesOnly=maybe', 'from=qatar&to=hamas&tiesOnly=true&connections=MEETING'] },
  { name: 'GET /api/sources', handler: sources.GET, path: () => '/api/sources', invalid: [`q=${MEGABYTE}`, ...INT_CASES('limit')], hostileText: [`q=${enc(CYPHER)}`, `q=${enc(HTML)}`, `q=${NOT_UTF8}`] },
  { name: 'GET /api/sources/:id', handler: source.GET, path: (id) => `/api/sources/${enc(id)}`, invalid: [], takesId: true },
  { name: 'GET /api/deleted', handler: deleted.GET, path: () => '/api/deleted', role: 'admin', invalid: ['kind=planet', `kind=${enc(CYPHER)}`, ...INT_CASES('limit')] },
  { name: 'GET /api/actors/:id/history', handler: actorHistory.GET, path: (id) => `/api/actors/${enc(id)}/history`, role: 'admin', invalid: [], takesId: true },
  { name: 'GET /api/ties/:id/history', handler: tieHistory.GET, path: (id) => `/api/ties/${enc(id)}/history`, role: 'admin', invalid: [], takesId: true },
  { name: 'GET /api/meetings/:id/history', handler: meetingHistory.GET, path: (id) => `/api/meetings/${enc(id)}/history`, role: 'admin', invalid: [], takesId: true },
  { name: 'GET /api/sources/:id/history', handler: sourceHistory.GET, path: (id) => `/api/sources/${enc(id)}/history`, role: 'admin', invalid: [], takesId: true },
  { name: 'GET /api/export', handler: exportRoute.GET, path: () => '/api/export', invalid: ['format=exe', 'format=csv', 'format=csv&table=passwords', `format=json&a=${enc(CYPHER)}`, `format=json&a=${MEGABYTE}`] },
  { name: 'GET /api/preview', handler: preview.GET, path: () => '/api/preview', invalid: [`a=${enc(CYPHER)}`, `a=${NOT_UTF8}`, `sel=${enc(HTML)}`] },
  { name: 'GET /api/snapshots/:id', handler: snapshot.GET, path: (id) => `/api/snapshots/${enc(id)}`, invalid: [], takesId: true },
];

describe('bad input on every API route (against Neo4j)', () => {
  const db = useDemoDatabase();
  let counts: Record<string, number>;
  let tried = 0;
  let serverErrors = 0;
  beforeAll(async () => {
    counts = await db.counts();
  });

  async function expectAnswer(response: Response, refused: boolean): Promise<void> {
    tried += 1;
    if (response.status >= 500) serverErrors += 1;
    expect(response.status).toBeLessThan(500);
    if (refused) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect((await response.json()).error.message).toEqual(expect.any(String));
    }
  }

  describe.each(ROUTES.map((route) => [route.name, route] as const))('%s', (_name, route) => {
    const send = (path: string, id: string) =>
      route.handler(new NextRequest(`${TEST_ORIGIN}${path}`, { headers: route.role ? signedInAs(route.role) : {} }), { params: Promise.resolve({ id }) });

    it('refuses invalid parameters with a 4xx and a message', async () => {
      for (const query of route.invalid) await expectAnswer(await send(`${route.path('qatar')}?${query}`, 'qatar'), true);
      expect(await db.counts()).toEqual(counts);
    });

    it('treats hostile text as plain text, never as code', async () => {
      for (const query of route.hostileText ?? []) await expectAnswer(await send(`${route.path('qatar')}?${query}`, 'qatar'), false);
      // Parameters a route does not know are left aside, as in any shared link that picked up a tracking tag.
      await expectAnswer(await send(`${route.path('qatar')}?utm_source=${enc(HTML)}&extra=${enc(CYPHER)}`, 'qatar'), false);
      expect(await db.counts()).toEqual(counts);
    });

    // Only routes with an id in their path have one to attack.
    if (route.takesId) {
      it('refuses hostile ids with a 4xx', async () => {
        for (const id of BAD_IDS) await expectAnswer(await send(route.path(id), id), true);
        expect(await db.counts()).toEqual(counts);
      });
    }
  });

  describe('write routes not covered by hostile-input.test.ts', () => {
    const bodyCases: [string, string | Uint8Array<ArrayBuffer>][] = [
      ['a wrong-typed body', JSON.stringify({ username: 12, password: [], name: {}, role: 'emperor', disabled: 'yes', view: 5, zoom: 'x' })],
      ['an unknown role', JSON.stringify({ username: 'eve', name: 'Eve', role: 'superuser', password: 'a-long-password' })],
      ['an extra field', JSON.stringify({ username: 'eve', name: 'Eve', role: 'viewer', password: 'a-long-password', isAdmin: true })],
      ['missing fields', '{}'],
      ['a 1 MB string', JSON.stringify({ username: MEGABYTE, name: MEGABYTE, password: MEGABYTE, view: MEGABYTE })],
      ['deeply nested JSON', `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
      ['bytes that are not UTF-8', new Uint8Array([0x7b, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
      ['HTML and Cypher as the username', JSON.stringify({ username: `${HTML}${CYPHER}`, name: HTML, role: 'viewer', password: 'a-long-password' })],
    ];
    const routes = WRITE_ROUTES.filter((route) => ['/api/users', '/api/snapshots', '/api/account/password', '/api/users/:id'].some((path) => route.name.endsWith(path)));

    it.each(routes.map((route) => [route.name, route] as const))('%s refuses each with a 4xx and writes nothing', async (_name, route) => {
      const prepared = await route.prepare(db, `bad-${route.name.replace(/\W+/g, '-')}`, route.role);
      const before = await db.counts();
      for (const [, body] of bodyCases) {
        const request = writeRequest(route, { ...prepared, rawBody: undefined, body: undefined }, route.role === 'viewer' ? 'admin' : route.role, {
          'Content-Type': 'application/json',
        });
        const withBody = new NextRequest(request.url, { method: request.method, headers: request.headers, body });
        await expectAnswer(await callRoute(route, prepared, withBody), true);
      }
      expect(await db.counts()).toEqual(before);
    });

    it('keeps javascript: and data: text out of stored views, and refuses bad sign-ins with a 4xx', async () => {
      const route = WRITE_ROUTES.find((candidate) => candidate.name === 'POST /api/snapshots')!;
      // A view is a query string, parsed and written back in its own canonical form: unknown text never reaches the store.
      for (const viewText of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
        const prepared = { path: '/api/snapshots', body: { view: viewText, positions: {}, zoom: 1, pan: { x: 0, y: 0 } } };
        const response = await callRoute(route, prepared, writeRequest(route, prepared, 'viewer'));
        await expectAnswer(response.clone(), false);
        if (response.status === 201) {
          const { id } = await response.json();
          const stored = await (await snapshot.GET(new NextRequest(`${TEST_ORIGIN}/api/snapshots/${id}`), { params: Promise.resolve({ id }) })).json();
          expect(stored.view).not.toMatch(/javascript|data:|script/i);
        }
      }
      await db.reset();
      counts = await db.counts();
      const before = await db.counts();
      const cypherView = { path: '/api/snapshots', body: { view: `?a=${CYPHER}`, positions: {}, zoom: 1, pan: { x: 0, y: 0 } } };
      await expectAnswer(await callRoute(route, cypherView, writeRequest(route, cypherView, 'viewer')), true);
      for (const body of [{ username: CYPHER, password: CYPHER }, { username: HTML, password: 'x', extra: 1 }, { username: '', password: '' }]) {
        await expectAnswer(await session.POST(writeRequest(route, { path: '/api/session', body }, null)), true);
      }
      expect(await db.counts()).toEqual(before);
    });
  });

  it('saw no 5xx and wrote nothing', async () => {
    expect(serverErrors).toBe(0);
    recordFigures('badInput', { requests: tried, serverErrors });
  });
});
