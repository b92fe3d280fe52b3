import type { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { signedInAs } from '@/db/testing/accounts';
import { editorRequest, idContext, rawRequest as anyoneRawRequest } from '@/db/testing/requests';
import * as actor from './actors/[id]/route';
import * as actorRestore from './actors/[id]/restore/route';
import * as actors from './actors/route';
import * as meeting from './meetings/[id]/route';
import * as meetingCitations from './meetings/[id]/citations/route';
import * as meetings from './meetings/route';
import * as tie from './ties/[id]/route';
import * as tieCitations from './ties/[id]/citations/route';
import * as ties from './ties/route';
import * as source from './sources/[id]/route';
import * as sources from './sources/route';

/**
 * Hostile and malformed input on every write route: each must be answered 4xx with a message, and write
 * nothing (the counts of every label and relationship type, and the sum of versions, stay the same).
 */

const CYPHER = "'}) MATCH (n) DETACH DELETE n //";
const HTML = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const MEGABYTE = 'x'.repeat(1_000_000);

type Handler = (request: NextRequest) => Promise<Response>;

// Every request comes from a signed-in editor, so that what is refused is refused for its input, not its author.
const jsonRequest = editorRequest;
const rawRequest = (method: 'POST' | 'PATCH', path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
  anyoneRawRequest(method, path, body, { ...signedInAs('editor'), ...headers });
interface WriteRoute {
  name: string;
  method: 'POST' | 'PATCH';
  path: string;
  handler: Handler;
  valid: Record<string, unknown>;
  /** Fields holding ids or enum values: text there must be refused. */
  strictFields: string[];
}

const withId = (handler: (request: NextRequest, context: ReturnType<typeof idContext>) => Promise<Response>, id: string): Handler =>
  (request) => handler(request, idContext(id));

const CITATION = { source: { id: DEMO_SOURCE.id }, quote: 'le Qatar', credibility: 3 };
const NEW_SOURCE = { title: 'A source', language: 'en', reliability: 'B', url: 'https://example.org/a' };

const ROUTES: WriteRoute[] = [
  { name: 'POST /api/actors', method: 'POST', path: '/api/actors', handler: actors.POST, valid: { name: 'Someone', kind: 'person' }, strictFields: ['kind'] },
  {
    name: 'PATCH /api/actors/:id',
    method: 'PATCH',
    path: '/api/actors/qatar',
    handler: withId(actor.PATCH, 'qatar'),
    valid: { version: 1, changes: { name: 'Qatar' } },
    strictFields: ['version'],
  },
  {
    name: 'POST /api/ties',
    method: 'POST',
    path: '/api/ties',
    handler: ties.POST,
    valid: { type: 'SUPPORTS', subjectId: 'qatar', objectId: 'hamas', confidence: 'high', citations: [CITATION] },
    strictFields: ['type', 'subjectId', 'objectId', 'confidence'],
  },
  {
    name: 'PATCH /api/ties/:id',
    method: 'PATCH',
    path: '/api/ties/qatar-mediates-for-hamas',
    handler: withId(tie.PATCH, 'qatar-mediates-for-hamas'),
    valid: { version: 1, changes: { confidence: 'high' } },
    strictFields: ['version'],
  },
  {
    name: 'POST /api/ties/:id/citations',
    method: 'POST',
    path: '/api/ties/qatar-mediates-for-hamas/citations',
    handler: withId(tieCitations.POST, 'qatar-mediates-for-hamas'),
    valid: CITATION,
    strictFields: ['credibility'],
  },
  {
    name: 'POST /api/meetings',
    method: 'POST',
    path: '/api/meetings',
    handler: meetings.POST,
    valid: {
      title: 'Talks',
      kind: 'negotiation',
      participants: [
        { actorId: 'qatar', role: 'host' },
        { actorId: 'hamas', role: 'party' },
      ],
      citations: [CITATION],
    },
    strictFields: ['kind', 'date'],
  },
  {
    name: 'PATCH /api/meetings/:id',
    method: 'PATCH',
    path: '/api/meetings/kalin-haniyeh-meetings',
    handler: withId(meeting.PATCH, 'kalin-haniyeh-meetings'),
    valid: { version: 1, changes: { title: 'Meetings' } },
    strictFields: ['version'],
  },
  {
    name: 'POST /api/meetings/:id/citations',
    method: 'POST',
    path: '/api/meetings/kalin-haniyeh-meetings/citations',
    handler: withId(meetingCitations.POST, 'kalin-haniyeh-meetings'),
    valid: CITATION,
    strictFields: ['credibility'],
  },
  { name: 'POST /api/sources', method: 'POST', path: '/api/sources', handler: sources.POST, valid: NEW_SOURCE, strictFields: ['language', 'reliability', 'url'] },
  {
    name: 'PATCH /api/sources/:id',
    method: 'PATCH',
    path: `/api/sources/${DEMO_SOURCE.id}`,
    handler: withId(source.PATCH, DEMO_SOURCE.id),
    valid: { version: 1, changes: { title: 'T' } },
    strictFields: ['version'],
  },
];

/** Every top-level field given a value of another type. */
function wrongTypes(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([field, value]) => [
      field,
      typeof value === 'string' ? 12345 : typeof value === 'number' ? 'one' : Array.isArray(value) ? { 0: value[0] } : 'text',
    ]),
  );
}

const JSON_TYPE = { 'Content-Type': 'application/json' };

/** [case, request made from a route] — each must be refused. */
const CASES: [string, (route: WriteRoute) => NextRequest][] = [
  ['invalid JSON', (route) => rawRequest(route.method, route.path, '{"name": "x",', JSON_TYPE)],
  ['a text/plain body', (route) => rawRequest(route.method, route.path, JSON.stringify(route.valid), { 'Content-Type': 'text/plain' })],
  ['no content type', (route) => rawRequest(route.method, route.path, JSON.stringify(route.valid), {})],
  ['an empty body', (route) => rawRequest(route.method, route.path, '', JSON_TYPE)],
  ['JSON null', (route) => rawRequest(route.method, route.path, 'null', JSON_TYPE)],
  ['a JSON array', (route) => rawRequest(route.method, route.path, '[]', JSON_TYPE)],
  ['bytes that are not UTF-8', (route) => rawRequest(route.method, route.path, new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]), JSON_TYPE)],
  ['deeply nested JSON', (route) => rawRequest(route.method, route.path, `{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, JSON_TYPE)],
  ['a 1 MB string', (route) => jsonRequest(route.method, route.path, { ...route.valid, name: MEGABYTE, title: MEGABYTE, quote: MEGABYTE })],
  ['missing fields', (route) => jsonRequest(route.method, route.path, {})],
  ['an extra field', (route) => jsonRequest(route.method, route.path, { ...route.valid, extra: CYPHER })],
  ['a __proto__ field', (route) => rawRequest(route.method, route.path, `{"__proto__": {"admin": true}, ${JSON.stringify(route.valid).slice(1)}`, JSON_TYPE)],
  ['wrong types', (route) => jsonRequest(route.method, route.path, wrongTypes(route.valid))],
  [
    'Cypher in id and enum fields',
    (route) => jsonRequest(route.method, route.path, { ...route.valid, ...Object.fromEntries(route.strictFields.map((field) => [field, CYPHER])) }),
  ],
  ['an Idempotency-Key with spaces', (route) => jsonRequest(route.method, route.path, route.valid, { 'Idempotency-Key': CYPHER })],
];

describe('hostile input on every write route (against Neo4j)', () => {
  const db = useDemoDatabase();
  let counts: Record<string, number>;
  beforeAll(async () => {
    counts = await db.counts();
  });

  async function expectRefused(response: Response, status = 400): Promise<{ code: string; message: string; issues?: { field: string }[] }> {
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.message).toEqual(expect.any(String));
    expect(await db.counts()).toEqual(counts);
    return error;
  }

  describe.each(ROUTES.map((route) => [route.name, route] as const))('%s', (_name, route) => {
    // Only POSTs take an Idempotency-Key; other methods ignore the header.
    const cases = CASES.filter(([name]) => route.method === 'POST' || !name.includes('Idempotency-Key'));
    it.each(cases)('refuses %s with 400 and writes nothing', async (_case, makeRequest) => {
      const error = await expectRefused(await route.handler(makeRequest(route)));
      expect(error.code).toBe('bad_request');
      expect(error.issues?.length).toBeGreaterThan(0);
    });
  });

  it('names the wrong-typed fields', async () => {
    const error = await expectRefused(await actors.POST(jsonRequest('POST', '/api/actors', { name: 1, kind: [], aliases: 'a', country: {} })));
    expect(error.issues?.map((issue) => issue.field).sort()).toEqual(['aliases', 'country', 'kind', 'name']);
  });

  it('refuses an unknown tie type, a tie of an actor with itself, and a meeting of one', async () => {
    const valid = ROUTES[2]!.valid;
    const unknownType = await expectRefused(await ties.POST(jsonRequest('POST', '/api/ties', { ...valid, type: 'BEFRIENDS' })));
    expect(unknownType.issues?.[0]?.field).toBe('type');
    const selfTie = await expectRefused(await ties.POST(jsonRequest('POST', '/api/ties', { ...valid, objectId: 'qatar' })));
    expect(selfTie.issues).toEqual([{ field: 'objectId', message: 'A tie links two different actors' }]);
    const alone = await expectRefused(
      await meetings.POST(jsonRequest('POST', '/api/meetings', { ...ROUTES[5]!.valid, participants: [{ actorId: 'qatar', role: 'host' }] })),
    );
    expect(alone.issues?.[0]?.field).toBe('participants');
  });

  it.each(['javascript:alert(document.cookie)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x'])(
    'refuses the URL %s in a new source, alone or inline in a citation',
    async (url) => {
      const alone = await expectRefused(await sources.POST(jsonRequest('POST', '/api/sources', { ...NEW_SOURCE, url })));
      expect(alone.issues).toEqual([{ field: 'url', message: 'An http:// or https:// address' }]);
      const inline = await expectRefused(
        await ties.POST(
          jsonRequest('POST', '/api/ties', { ...ROUTES[2]!.valid, citations: [{ ...CITATION, source: { new: { ...NEW_SOURCE, url } } }] }),
        ),
      );
      expect(inline.issues).toEqual([{ field: 'citations.0.source.new.url', message: 'An http:// or https:// address' }]);
    },
  );

  it('refuses Cypher in every text field of a request that is otherwise invalid, writing nothing', async () => {
    const error = await expectRefused(
      await ties.POST(
        jsonRequest('POST', '/api/ties', {
          ...ROUTES[2]!.valid,
          summary: CYPHER,
          subjectId: 'no-one',
          citations: [{ source: { new: { ...NEW_SOURCE, title: CYPHER, publisher: CYPHER, section: CYPHER } }, quote: CYPHER, credibility: 2 }],
        }),
      ),
    );
    expect(error.issues).toEqual([{ field: 'subjectId', message: 'No actor with id "no-one".' }]);
  });

  it('refuses hostile ids in paths and query strings', async () => {
    const hostileId = idContext(CYPHER);
    await expectRefused(await actor.PATCH(jsonRequest('PATCH', '/', ROUTES[1]!.valid), hostileId));
    await expectRefused(await actor.DELETE(jsonRequest('DELETE', '/api/actors/x?version=1'), hostileId));
    await expectRefused(await actorRestore.POST(jsonRequest('POST', '/'), hostileId));
    await expectRefused(await tieCitations.POST(jsonRequest('POST', '/', CITATION), hostileId));
    for (const query of [`version=${encodeURIComponent(CYPHER)}`, 'version=1%20OR%201=1', 'version=1&withClaims=1', 'version=-1', '']) {
      await expectRefused(await actor.DELETE(jsonRequest('DELETE', `/api/actors/qatar?${query}`), idContext('qatar')));
    }
    await expectRefused(await tie.DELETE(jsonRequest('DELETE', '/api/ties/nope?version=1'), idContext('nope')), 404);
    await expectRefused(await source.DELETE(jsonRequest('DELETE', '/api/sources/nope?version=1'), idContext('nope')), 404);
  });

  it('stores HTML and Cypher in text as plain text and returns them unchanged, deleting nothing', async () => {
    const created = await actors.POST(
      jsonRequest('POST', '/api/actors', { name: HTML, kind: 'person', aliases: [CYPHER], description: `${CYPHER} ${HTML}` }),
    );
    expect(created.status).toBe(201);
    const { actor: record } = await created.json();
    expect(record).toMatchObject({ name: HTML, aliases: [CYPHER], description: `${CYPHER} ${HTML}` });
    expect(record.id).toMatch(/^script-alert-x-script-img-src-x-onerror-alert-1$/);
    const read = await (await actor.GET(jsonRequest('GET', '/'), idContext(record.id))).json();
    expect(read.actor).toMatchObject({ name: HTML, aliases: [CYPHER] });

    const tie = await ties.POST(
      jsonRequest('POST', '/api/ties', { ...ROUTES[2]!.valid, summary: HTML, citations: [{ ...CITATION, quote: `${HTML}${CYPHER}` }] }),
    );
    expect(tie.status).toBe(201);
    expect((await tie.json()).tie.citations[0].quote).toBe(`${HTML}${CYPHER}`);

    // Exactly what the two creates add: an actor, a tie, their revisions and links; nothing else moved.
    const after = await db.counts();
    expect(after).toEqual({
      ...counts,
      'label:Actor': counts['label:Actor']! + 1,
      'label:Tie': counts['label:Tie']! + 1,
      'label:Revision': (counts['label:Revision'] ?? 0) + 2,
      'type:OF': (counts['type:OF'] ?? 0) + 2,
      'type:SUBJECT': counts['type:SUBJECT']! + 1,
      'type:OBJECT': counts['type:OBJECT']! + 1,
      'type:CITES': counts['type:CITES']! + 1,
      versions: counts.versions! + 2,
    });
  });
});
