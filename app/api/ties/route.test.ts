import { describe, expect, it } from 'vitest';
import { GET as getSourceProfile } from '@/app/api/sources/[id]/route';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { adminRequest, editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import type { TieDetails } from '@/lib/graph';
import type { TieRecord, Revision } from '@/lib/records';
import { POST as addCitation } from './[id]/citations/route';
import { GET as getHistory } from './[id]/history/route';
import { POST as restore } from './[id]/restore/route';
import { DELETE as remove, GET as getDetails, PATCH as patch } from './[id]/route';
import { POST as createTie } from './route';

const post = (body: unknown, headers: Record<string, string> = {}) => createTie(editorRequest('POST', '/api/ties', body, headers));
const details = async (id: string) => (await (await getDetails(jsonRequest('GET', `/api/ties/${id}`), idContext(id))).json()) as TieDetails;
const history = async (id: string) =>
  ((await (await getHistory(adminRequest('GET', '/'), idContext(id))).json()) as { revisions: Revision[] }).revisions;

const NEW_SOURCE = {
  title: 'Qatar’s role in the talks',
  url: 'https://example.org/qatar',
  publisher: 'Example News',
  publishedAt: '2024-08-02',
  language: 'en',
  reliability: 'B',
};
const TIE = {
  type: 'SUPPORTS',
  subjectId: 'qatar',
  objectId: 'hamas',
  since: '2012',
  confidence: 'moderate',
  summary: 'Hosts its political bureau.',
  citations: [
    { source: { new: NEW_SOURCE }, quote: 'Qatar hosts the political bureau of Hamas.', credibility: 2 },
    { source: { id: DEMO_SOURCE.id }, quote: 'le Qatar', credibility: 3 },
  ],
};

describe('POST /api/ties and its citations (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('creates a tie with a new source and an existing one in one go, readable at once with its quotes', async () => {
    const response = await post(TIE);
    expect(response.status).toBe(201);
    const { tie } = (await response.json()) as { tie: TieRecord };
    expect(tie).toMatchObject({ id: 'qatar-supports-hamas', subjectId: 'qatar', objectId: 'hamas', since: '2012', until: null, version: 1 });
    expect(tie.citations).toEqual([
      { sourceId: DEMO_SOURCE.id, quote: 'le Qatar', credibility: 3 },
      { sourceId: 'qatar-s-role-in-the-talks', quote: 'Qatar hosts the political bureau of Hamas.', credibility: 2 },
    ]);
    const read = await details('qatar-supports-hamas');
    expect(read).toMatchObject({ version: 1, summary: 'Hosts its political bureau.', tie: { type: 'SUPPORTS', citationCount: 2, bestReliability: 'B' } });
    expect(read.citations.map((citation) => citation.source.title)).toContain(NEW_SOURCE.title);

    const source = await (await getSourceProfile(jsonRequest('GET', '/'), idContext('qatar-s-role-in-the-talks'))).json();
    expect(source.source).toMatchObject({ ...NEW_SOURCE, id: 'qatar-s-role-in-the-talks', section: null, version: 1 });
    expect(source.claims).toEqual([
      {
        kind: 'tie',
        cameoCode: null,
        id: 'qatar-supports-hamas',
        type: 'SUPPORTS',
        subject: { id: 'qatar', name: 'Qatar' },
        object: { id: 'hamas', name: 'Hamas' },
        quote: 'Qatar hosts the political bureau of Hamas.',
        credibility: 2,
      },
    ]);
    expect((await history('qatar-supports-hamas'))[0]).toMatchObject({ action: 'create', editor: TEST_USERS.editor.name, editorId: TEST_USERS.editor.id, after: { citations: tie.citations } });
  });

  it('names every field whose id names nothing, and writes nothing', async () => {
    const counts = await db.counts();
    const response = await post({
      ...TIE,
      subjectId: 'nobody',
      citations: [TIE.citations[0], { source: { id: 'no-such-source' }, quote: 'q', credibility: 1 }],
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.issues).toEqual([
      { field: 'subjectId', message: 'No actor with id "nobody".' },
      { field: 'citations.1.source.id', message: 'No source with id "no-such-source".' },
    ]);
    await db.run("MATCH (a:Actor {id: 'egypt'}) SET a.deletedAt = '2026-01-01'");
    const deletedObject = await post({ ...TIE, objectId: 'egypt' });
    expect((await deletedObject.json()).error.issues).toEqual([{ field: 'objectId', message: 'No actor with id "egypt".' }]);
    await db.run("MATCH (a:Actor {id: 'egypt'}) REMOVE a.deletedAt");
    expect(await db.counts()).toEqual(counts);
  });

  it('adds a citation to a tie, as a new version with a revision', async () => {
    const response = await addCitation(
      editorRequest('POST', '/api/ties/qatar-mediates-for-hamas/citations', { source: { new: { ...NEW_SOURCE, title: 'Another' } }, quote: 'Mediates.', credibility: 2 }),
      idContext('qatar-mediates-for-hamas'),
    );
    expect(response.status).toBe(201);
    const { tie } = (await response.json()) as { tie: TieRecord };
    expect(tie).toMatchObject({ version: 2 });
    expect(tie.citations.map((citation) => citation.sourceId)).toEqual(['another', DEMO_SOURCE.id]);
    const [update] = await history('qatar-mediates-for-hamas');
    expect(update).toMatchObject({ action: 'update' });
    expect((update!.before as unknown as TieRecord).citations).toHaveLength(1);
    expect((update!.after as unknown as TieRecord).citations).toHaveLength(2);

    const unknown = await addCitation(
      editorRequest('POST', '/', { source: { id: 'nope' }, quote: 'q', credibility: 2 }),
      idContext('qatar-mediates-for-hamas'),
    );
    expect((await unknown.json()).error.issues).toEqual([{ field: 'source.id', message: 'No source with id "nope".' }]);
    const missingClaim = await addCitation(editorRequest('POST', '/', { source: { id: DEMO_SOURCE.id }, quote: 'q', credibility: 2 }), idContext('nope'));
    expect(missingClaim.status).toBe(404);
  });

  it('replays a citation added twice with one Idempotency-Key', async () => {
    const send = () =>
      addCitation(
        editorRequest('POST', '/api/ties/egypt-mediates-for-hamas/citations', { source: { id: DEMO_SOURCE.id }, quote: 'l’Égypte', credibility: 3 }, { 'Idempotency-Key': 'cite-egypt' }),
        idContext('egypt-mediates-for-hamas'),
      );
    const [first, second] = [await send(), await send()];
    expect([first.status, second.status]).toEqual([201, 200]);
    expect((await details('egypt-mediates-for-hamas')).citations).toHaveLength(2);
  });
});

describe('PATCH, DELETE and restore /api/ties/:id (against Neo4j)', () => {
  useDemoDatabase();
  const id = 'israel-negotiates-with-hamas';
  const edit = (body: unknown) => patch(editorRequest('PATCH', `/api/ties/${id}`, body), idContext(id));

  it('changes its type and dates, refuses dates that end before they start, and one of two saves on a version', async () => {
    const changed = await edit({ version: 1, changes: { since: '2023-10', confidence: 'moderate' } });
    expect(changed.status).toBe(200);
    expect((await changed.json()).tie).toMatchObject({ since: '2023-10', confidence: 'moderate', version: 2, type: 'NEGOTIATES_WITH' });
    expect((await details(id)).tie).toMatchObject({ since: '2023-10', confidence: 'moderate' });

    const backwards = await edit({ version: 2, changes: { until: '2023-01' } });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.issues).toEqual([{ field: 'changes.until', message: 'Ends before it starts' }]);

    const unknownType = await edit({ version: 2, changes: { type: 'BEFRIENDS' } });
    expect(unknownType.status).toBe(400);
    const moved = await edit({ version: 2, changes: { subjectId: 'qatar' } });
    expect((await moved.json()).error.issues[0]).toMatchObject({ field: 'changes' });

    const [first, second] = await Promise.all([edit({ version: 2, changes: { summary: 'A' } }), edit({ version: 2, changes: { summary: 'B' } })]);
    expect([first!.status, second!.status].sort()).toEqual([200, 409]);
    expect((await details(id)).version).toBe(3);
  });

  it('reads each end of the dates at its own precision, against the stored end too', async () => {
    const tie = 'qatar-mediates-for-hamas';
    const change = (version: number, changes: object) => patch(editorRequest('PATCH', `/api/ties/${tie}`, { version, changes }), idContext(tie));
    // From 15 July until a day of July the source does not give is a range, not a backwards one.
    expect((await change(1, { since: '2024-07-15', until: '2024-07' })).status).toBe(200);
    const backwards = await change(2, { since: '2024-08' });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.issues).toEqual([{ field: 'changes.until', message: 'Ends before it starts' }]);
  });

  it('deletes a tie (gone from reads, listed, history kept) and restores it', async () => {
    const deleted = await remove(editorRequest('DELETE', `/api/ties/${id}?version=3`), idContext(id));
    expect(deleted.status).toBe(200);
    expect((await deleted.json()).deleted).toEqual({ actors: 0, ties: 1, meetings: 0, sources: 0 });
    expect((await getDetails(jsonRequest('GET', '/'), idContext(id))).status).toBe(404);
    expect((await history(id)).map((revision) => revision.action)).toEqual(['delete', 'update', 'update', 'import']);

    const restored = await restore(adminRequest('POST', `/api/ties/${id}/restore`), idContext(id));
    expect((await restored.json()).restored).toEqual({ actors: 0, ties: 1, meetings: 0, sources: 0 });
    expect((await details(id)).version).toBe(5);
  });

  it('refuses to restore a tie whose actor was deleted separately', async () => {
    const tie = 'egypt-mediates-for-hamas';
    await remove(editorRequest('DELETE', `/api/ties/${tie}?version=1`), idContext(tie));
    const { DELETE: removeActor } = await import('@/app/api/actors/[id]/route');
    const actorDeleted = await removeActor(editorRequest('DELETE', '/api/actors/egypt?version=1&withClaims=true'), idContext('egypt'));
    expect(actorDeleted.status).toBe(200);
    const refused = await restore(adminRequest('POST', '/'), idContext(tie));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toMatch(/links to the deleted actor "egypt": restore that actor first/);
  });
});
