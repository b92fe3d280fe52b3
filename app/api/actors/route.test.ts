import { describe, expect, it } from 'vitest';
import { extraTestUser, signedInAs, TEST_USERS, type TestUser } from '@/db/testing/accounts';
import type { Role } from '@/lib/auth/roles';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { jsonRequest } from '@/db/testing/requests';
import type { ActorRecord, SimilarActor } from '@/lib/records';
import { GET as getProfile } from './[id]/route';
import { GET as getHistory } from './[id]/history/route';
import { POST as createActor } from './route';
import { GET as getSimilar } from './similar/route';

/** A POST by `who` (the test editor unless said otherwise; null for an anonymous visitor). */
const post = (body: unknown, headers: Record<string, string> = {}, who: Role | TestUser | null = 'editor') =>
  createActor(jsonRequest('POST', '/api/actors', body, { ...(who ? signedInAs(who) : {}), ...headers }));
const asAdmin = signedInAs('admin');
// A display name in other letters than ASCII, as revisions must keep it.
const AYSE = { ...extraTestUser('editor', 'test-ayse'), name: 'Ayşe Yılmaz' };
const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe('POST /api/actors (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('creates an actor with a readable id made from its name, version 1 and a first revision', async () => {
    await db.addUser(AYSE);
    const response = await post(
      { name: '  Hakan Fidan ', kind: 'person', aliases: ['Fidan', 'Fidan'], country: 'tur', description: 'Foreign minister.' },
      {},
      AYSE,
    );
    expect(response.status).toBe(201);
    const { actor } = (await response.json()) as { actor: ActorRecord };
    expect(actor).toEqual({
      id: 'hakan-fidan',
      name: 'Hakan Fidan',
      kind: 'person',
      aliases: ['Fidan'],
      description: 'Foreign minister.',
      country: 'TUR',
      wikidataId: null,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: actor.createdAt,
    });

    const profile = await getProfile(jsonRequest('GET', '/api/actors/hakan-fidan'), context('hakan-fidan'));
    expect((await profile.json()).actor).toMatchObject({ id: 'hakan-fidan', version: 1 });
    const history = await (await getHistory(jsonRequest('GET', '/api/actors/hakan-fidan/history', undefined, asAdmin), context('hakan-fidan'))).json();
    expect(history.revisions).toEqual([
      {
        id: expect.any(String),
        at: actor.createdAt,
        editor: 'Ayşe Yılmaz',
        editorId: AYSE.id,
        action: 'create',
        before: null,
        after: { id: 'hakan-fidan', name: 'Hakan Fidan', kind: 'person', aliases: ['Fidan'], description: 'Foreign minister.', country: 'TUR', wikidataId: null },
      },
    ]);
  });

  it('folds accents into the id and adds a suffix when the id is taken, also by a deleted actor', async () => {
    const first = await (await post({ name: 'İbrahim Kalın', kind: 'person' })).json();
    expect(first.actor.id).toBe('ibrahim-kalin-2');
    await db.run("MATCH (a:Actor {id: 'ibrahim-kalin-2'}) SET a.deletedAt = '2026-01-01T00:00:00Z'");
    const second = await (await post({ name: 'Ibrahim Kalin', kind: 'person' })).json();
    expect(second.actor.id).toBe('ibrahim-kalin-3');
  });

  it('makes ids from an alias when the name has no Latin letters, and never takes a reserved path', async () => {
    expect((await (await post({ name: 'حزب الله', kind: 'organization', aliases: ['Hezbollah'] })).json()).actor.id).toBe('hezbollah');
    expect((await (await post({ name: 'Similar', kind: 'organization' })).json()).actor.id).toBe('similar-2');
  });

  it('signs changes with the signed-in user, whatever an X-Parley-Editor header claims, and refuses anonymous writes', async () => {
    const signed = await (await post({ name: 'Signed Test', kind: 'person' }, { 'X-Parley-Editor': 'someone-else' })).json();
    const history = await (await getHistory(jsonRequest('GET', '/', undefined, asAdmin), context(signed.actor.id))).json();
    expect(history.revisions[0]).toMatchObject({ editor: TEST_USERS.editor.name, editorId: TEST_USERS.editor.id });
    const before = await db.counts();
    const anonymous = await post({ name: 'Nobody', kind: 'person' }, { 'X-Parley-Editor': 'anonymous' }, null);
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatchObject({ code: 'unauthorized', message: 'Sign in to do this.' });
    expect(await db.counts()).toEqual(before);
  });

  it('creates one actor for a double submit with one Idempotency-Key, and replays the answer', async () => {
    const headers = { 'Idempotency-Key': 'create-mossad-1' };
    const body = { name: 'Mossad', kind: 'agency' };
    const first = await post(body, headers);
    const second = await post(body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.headers.get('Idempotent-Replay')).toBe('true');
    expect(first.headers.get('Idempotent-Replay')).toBeNull();
    expect(await second.json()).toEqual(await first.json());
    const counts = await db.counts();
    expect(counts['label:IdempotencyKey']).toBe(1);

    const reused = await post({ name: 'Shin Bet', kind: 'agency' }, headers);
    expect(reused.status).toBe(409);
    expect((await reused.json()).error.message).toMatch(/already used for a different request/);
  });

  it("keeps each user's Idempotency-Keys their own: another user sending the same key gets their own answer", async () => {
    const other = extraTestUser('editor', 'test-editor-two');
    await db.addUser(other);
    const headers = { 'Idempotency-Key': 'shared-key-unit-504' };
    const first = await post({ name: 'Unit 504', kind: 'agency', description: 'Made by the test editor.' }, headers);
    expect(first.status).toBe(201);
    // The same key and body from someone else is not a replay of the first user's request: it is done for them.
    const same = await post({ name: 'Unit 504', kind: 'agency', description: 'Made by the test editor.' }, headers, other);
    expect(same.status).toBe(201);
    expect(same.headers.get('Idempotent-Replay')).toBeNull();
    const mine = (await same.json()) as { actor: ActorRecord };
    expect(mine.actor.id).not.toBe(((await first.json()) as { actor: ActorRecord }).actor.id);
    // Nor is a different body with that key a clash for them; and each user's own retry still replays their answer.
    const different = await post({ name: 'Unit 505', kind: 'agency' }, { 'Idempotency-Key': 'shared-key-unit-505' });
    expect(different.status).toBe(201);
    expect((await post({ name: 'Unit 506', kind: 'agency' }, { 'Idempotency-Key': 'shared-key-unit-505' }, other)).status).toBe(201);
    const retry = await post({ name: 'Unit 504', kind: 'agency', description: 'Made by the test editor.' }, headers, other);
    expect(retry.headers.get('Idempotent-Replay')).toBe('true');
    expect(await retry.json()).toEqual(mine);
  });

  it('creates one actor for 10 concurrent POSTs with one Idempotency-Key', async () => {
    const before = (await db.counts())['label:Actor'];
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post({ name: 'Shin Bet', kind: 'agency' }, { 'Idempotency-Key': 'concurrent-shin-bet' })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).actor.id)));
    expect([...ids]).toEqual(['shin-bet']);
    expect((await db.counts())['label:Actor']).toBe(before! + 1);
  });

  it('gives concurrent POSTs of the same name without a key different ids, never the same one', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => post({ name: 'Unit 8200', kind: 'agency' })));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const ids = await Promise.all(responses.map(async (response) => (await response.json()).actor.id as string));
    expect(new Set(ids).size).toBe(5);
    expect(ids.sort()).toEqual(['unit-8200', 'unit-8200-2', 'unit-8200-3', 'unit-8200-4', 'unit-8200-5']);
  });
});

describe('GET /api/actors/similar (against Neo4j)', () => {
  useDemoDatabase();

  const similar = async (query: string) => {
    const response = await getSimilar(jsonRequest('GET', `/api/actors/similar?${query}`));
    expect(response.status).toBe(200);
    return ((await response.json()) as { candidates: SimilarActor[] }).candidates;
  };

  it.each([
    ['name=Haniye', 'ismail-haniyeh'],
    ['name=Hanieh', 'ismail-haniyeh'],
    ['name=Ismail%20Haniyya', 'ismail-haniyeh'],
    ['name=HANIYEH', 'ismail-haniyeh'],
    ['name=Erdogan', 'recep-tayyip-erdogan'],
    ['name=Ibrahim%20Kalin', 'ibrahim-kalin'],
    ['name=Netanyahou', 'benjamin-netanyahu'],
    ['name=Someone&aliases=Katar,Nobody', 'qatar'],
  ])('finds %s as %s', async (query, id) => {
    expect((await similar(query)).map((candidate) => candidate.id)).toContain(id);
  });

  it('says which spelling looks alike', async () => {
    const [haniyeh] = await similar('name=Haniye');
    expect(haniyeh).toEqual({
      id: 'ismail-haniyeh',
      name: 'Ismail Haniyeh',
      kind: 'person',
      aliases: expect.arrayContaining(['Haniye']),
      matchedOn: 'Haniye',
    });
  });

  it('finds nothing for names unlike any actor, or nothing searchable, and 400 for an overlong one', async () => {
    expect(await similar('name=Zzyzx%20Qwerty')).toEqual([]);
    expect(await similar('name=*:*')).toEqual([]);
    expect(await similar('')).toEqual([]);
    const tooLong = await getSimilar(jsonRequest('GET', `/api/actors/similar?name=${'a'.repeat(301)}`));
    expect(tooLong.status).toBe(400);
  });
});
