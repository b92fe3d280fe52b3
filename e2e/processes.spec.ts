import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { DEMO_SOURCE } from '../db/seed/demo';
import { TEST_USERS } from '../db/testing/accounts';
import { resetTestDatabase } from '../db/testing/database';
import type { Role } from '../lib/auth/roles';
import { apiHeaders } from './authoring-helpers';
import { startSecondServer, type SecondServer } from './second-server';

/**
 * Parley scales out as several app processes in front of one Neo4j, behind a proxy that sends each request to
 * any of them. This spec starts two servers of the suite's build on two ports against the suite's Neo4j and sends
 * one user's requests to both in turn: what they share must behave as with one process.
 */

// Low enough to reach in a few requests; the limit's own setting is part of its key, so no other spec's count mixes in.
const WRITE_LIMIT = 5;

test.describe('two app processes against one Neo4j', () => {
  // Two servers take a while to start on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  let servers: SecondServer[] = [];
  let api: APIRequestContext;

  test.beforeAll(async () => {
    servers = await Promise.all(['first', 'second'].map((name) => startSecondServer(`${name} process`, { PARLEY_WRITE_LIMIT: String(WRITE_LIMIT) })));
    api = await request.newContext({ storageState: { cookies: [], origins: [] } });
  });

  test.afterAll(async () => {
    await api?.dispose();
    for (const server of servers) server.stop();
    // The actors and the tie written here would be drawn by the specs that follow.
    await resetTestDatabase();
  });

  const url = (process: number, path: string) => `${servers[process]!.baseURL}${path}`;
  const asUser = (process: number, role: Role = 'editor') => apiHeaders(servers[process]!.baseURL, role);

  test('a session opened on one process is valid on the other, and signing out on the other ends it', async () => {
    const { username, password } = TEST_USERS.viewer;
    const signedIn = await api.post(url(0, '/api/session'), { headers: { Origin: servers[0]!.baseURL }, data: { username, password } });
    expect(signedIn.status()).toBe(200);
    const token = /parley_session=([^;]+)/.exec(signedIn.headers()['set-cookie'] ?? '')![1]!;
    const cookie = { Cookie: `parley_session=${token}` };
    const whoOn = async (process: number) => ((await (await api.get(url(process, '/api/session'), { headers: cookie })).json()) as { user: { username: string } | null }).user;

    expect(await whoOn(1)).toMatchObject({ username });
    expect((await api.delete(url(1, '/api/session'), { headers: { ...cookie, Origin: servers[1]!.baseURL } })).status()).toBe(200);
    expect(await whoOn(0)).toBeNull();
  });

  test('the write limit counts the writes sent to both processes together', async () => {
    const create = (process: number, attempt: number) =>
      api.post(url(process, '/api/actors'), { headers: asUser(process, 'admin'), data: { name: `Counted Envoy ${attempt}`, kind: 'person' } });
    // One process alone would have counted only half of these, and let all of them through.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < WRITE_LIMIT + 2; attempt++) statuses.push((await create(attempt % 2, attempt)).status());
    expect(statuses).toEqual([...Array(WRITE_LIMIT).fill(201), 429, 429]);
    const refused = await create(0, 99);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('one Idempotency-Key sent to both processes at once creates one tie, and a stale edit is refused by the other', async () => {
    const tie = {
      type: 'SUPPORTS',
      subjectId: 'egypt',
      objectId: 'qatar',
      since: null,
      until: null,
      confidence: 'low',
      summary: 'Sent to two processes at once.',
      citations: [{ source: { id: DEMO_SOURCE.id }, quote: 'l’Égypte', credibility: 3 }],
    };
    const answers = await Promise.all(
      [0, 1].map((process) => api.post(url(process, '/api/ties'), { headers: { ...asUser(process), 'Idempotency-Key': 'two-processes-one-tie' }, data: tie })),
    );
    expect(answers.map((answer) => answer.status()).sort()).toEqual([200, 201]);
    expect(answers.map((answer) => answer.headers()['idempotent-replay'] ?? 'first').sort()).toEqual(['first', 'true']);
    const [first, replay] = ((await Promise.all(answers.map((answer) => answer.json()))) as { tie: { id: string; version: number } }[]).map(({ tie }) => tie);
    expect(replay!.id).toBe(first!.id);

    const edit = (process: number, summary: string) =>
      api.patch(url(process, `/api/ties/${first!.id}`), { headers: asUser(process), data: { version: first!.version, changes: { summary } } });
    expect((await edit(0, 'Edited on the first process.')).status()).toBe(200);
    const stale = await edit(1, 'Edited on the second, from the same version.');
    expect(stale.status()).toBe(409);
    const details = (await (await api.get(url(1, `/api/ties/${first!.id}`))).json()) as { summary: string };
    expect(details.summary).toBe('Edited on the first process.');
  });
});
