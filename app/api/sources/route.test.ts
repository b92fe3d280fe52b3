import { describe, expect, it } from 'vitest';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { adminRequest, editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import type { SourceProfile, SourceRecord } from '@/lib/records';
import { GET as getHistory } from './[id]/history/route';
import { POST as restore } from './[id]/restore/route';
import { DELETE as remove, GET as getProfile, PATCH as patch } from './[id]/route';
import { POST as createSource, GET as searchSources } from './route';

const search = async (query: string) => (await (await searchSources(jsonRequest('GET', `/api/sources?${query}`))).json()).sources as SourceRecord[];
const profile = async (id: string) => (await (await getProfile(jsonRequest('GET', '/'), idContext(id))).json()) as SourceProfile;

describe('/api/sources (against Neo4j)', () => {
  useDemoDatabase();

  it('creates a source, finds it by title or publisher however accented, and edits it', async () => {
    const response = await createSource(
      editorRequest('POST', '/api/sources', { title: 'Türkiye’nin arabuluculuğu', publisher: 'Anadolu Ajansı', language: 'TR', reliability: 'B', url: '' }),
    );
    expect(response.status).toBe(201);
    const { source } = (await response.json()) as { source: SourceRecord };
    expect(source).toMatchObject({ id: 'turkiye-nin-arabuluculugu', language: 'tr', url: null, publishedAt: null, version: 1 });

    expect((await search('q=turkiye')).map((found) => found.id)).toEqual(['turkiye-nin-arabuluculugu']);
    expect((await search('q=anadolu%20ajansi')).map((found) => found.id)).toEqual(['turkiye-nin-arabuluculugu']);
    expect((await search('q=TURQUIE%20cessez')).map((found) => found.id)).toEqual([DEMO_SOURCE.id]);
    expect(await search('q=*:*')).toHaveLength(2);
    expect(await search('limit=1')).toHaveLength(1);
    expect((await searchSources(jsonRequest('GET', '/api/sources?limit=0'))).status).toBe(400);

    const edited = await patch(editorRequest('PATCH', '/', { version: 1, changes: { reliability: 'C' } }), idContext(source.id));
    expect((await edited.json()).source).toMatchObject({ reliability: 'C', publisher: 'Anadolu Ajansı', version: 2 });
  });

  it('lists every claim a source backs, with the quote and credibility', async () => {
    const { source, claims } = await profile(DEMO_SOURCE.id);
    expect(source).toMatchObject({ ...DEMO_SOURCE, version: 1 });
    expect(claims.filter((claim) => claim.kind === 'meeting')).toHaveLength(3);
    expect(claims).toContainEqual({
      kind: 'tie',
      cameoCode: null,
      id: 'israel-assassinates-ismail-haniyeh',
      type: 'ASSASSINATES',
      subject: { id: 'israel', name: 'Israel' },
      object: { id: 'ismail-haniyeh', name: 'Ismail Haniyeh' },
      quote: expect.stringContaining('L\'assassinat par Israël'),
      credibility: 3,
    });
    expect((await getProfile(jsonRequest('GET', '/'), idContext('nope'))).status).toBe(404);
  });

  it('refuses to delete a source that backs claims; deletes and restores one that backs none', async () => {
    const refused = await remove(editorRequest('DELETE', `/?version=1`), idContext(DEMO_SOURCE.id));
    expect(refused.status).toBe(409);
    const error = (await refused.json()).error;
    expect(error.message).toMatch(/^This source backs 14 ties and 2 meetings; deleting it would take their citations away/);
    expect((await profile(DEMO_SOURCE.id)).claims.length).toBeGreaterThan(0);

    const id = 'turkiye-nin-arabuluculugu';
    const deleted = await remove(editorRequest('DELETE', '/?version=2'), idContext(id));
    expect((await deleted.json()).deleted).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 1 });
    expect(await search('q=turkiye')).toEqual([]);
    expect((await restore(adminRequest('POST', '/'), idContext(id))).status).toBe(200);
    expect(await search('q=turkiye')).toHaveLength(1);
    const history = await (await getHistory(adminRequest('GET', '/'), idContext(id))).json();
    expect(history.revisions.map((revision: { action: string }) => revision.action)).toEqual(['restore', 'delete', 'update', 'create']);
  });
});
