import { afterEach, describe, expect, it } from 'vitest';
import { getStoredView } from '@/db/queries/stored-views';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { jsonRequest, rawRequest } from '@/db/testing/requests';
import { LONG_VIEW_QUERY, parseViewLink, parseViewState, viewQueryString, DEFAULT_VIEW } from '@/lib/view-state';
import { GET as getPreview } from '../preview/route';
import { POST as postView } from '../view/route';
import { POST } from './route';

/** A view of 1,500 actors (most of them unknown ids: the link, not the data, is what is stored), with settings. */
const MANY = Array.from({ length: 1_500 }, (_, index) => `actor-${String(index).padStart(4, '0')}`);
const LONG = `?a=turkey,qatar,${MANY.join(',')}&sel=actor:qatar&layout=circle&from=2024-07&fold=family&hide=actor:actor-0007`;

const store = (body: unknown, headers: Record<string, string> = {}) => POST(jsonRequest('POST', '/api/views', body, headers));

async function stored(view: string): Promise<{ id: string; url: string }> {
  const response = await store({ view });
  expect(response.status).toBe(200);
  return response.json();
}

describe('POST /api/views: long views under a short id (against Neo4j)', () => {
  const db = useDemoDatabase();
  const writeLimit = process.env.PARLEY_WRITE_LIMIT;
  afterEach(() => {
    process.env.PARLEY_WRITE_LIMIT = writeLimit;
  });

  it('stores a long view and reads it back as the same view, the way the page opens /?view=<id>', async () => {
    expect(LONG.length).toBeGreaterThan(LONG_VIEW_QUERY);
    const { id, url } = await stored(LONG);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(url).toBe(`/?view=${id}`);

    const opened = await parseViewLink(new URLSearchParams(url.slice(2)), getStoredView);
    expect(opened).toMatchObject({ storedId: id, unknownStoredId: false, dropped: [] });
    expect(opened.state).toEqual(parseViewState(new URLSearchParams(LONG)).state);
    expect(opened.state.actors).toHaveLength(1_502);
    expect(opened.state).toMatchObject({ selected: 'actor:qatar', layout: 'circle', fold: 'family', hidden: ['actor:actor-0007'] });

    // The picture of the stored view is the picture of its full query.
    const picture = await (await postView(jsonRequest('POST', '/api/view', { view: viewQueryString(opened.state) }))).json();
    expect(picture.actors.map((actor: { id: string }) => actor.id).sort()).toEqual(['qatar', 'turkey']);
    // Its link preview is asked for by id.
    const preview = await getPreview(jsonRequest('GET', `/api/preview?view=${id}`));
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');
  });

  it('gives one view one id however its query is written, and storing it again adds nothing', async () => {
    const first = await stored(LONG);
    const reordered = `?fold=family&hide=actor:actor-0007&layout=circle&sel=actor%3Aqatar&from=2024-07&a=turkey,qatar,${MANY.join(',')}`;
    const again = await stored(reordered);
    expect(again).toEqual(first);
    expect(await db.query('MATCH (view:StoredView) RETURN count(view) AS views')).toEqual([{ views: 1 }]);
    // Another view, another id.
    const other = await stored(`${LONG}&undated=0`);
    expect(other.id).not.toBe(first.id);
    expect(await db.query('MATCH (view:StoredView) RETURN count(view) AS views')).toEqual([{ views: 2 }]);
  });

  it('refuses bad bodies with 400 naming the field, and stores nothing', async () => {
    const before = await db.counts();
    const refusals: [string, Response, string][] = [
      ['an invalid actor id', await store({ view: '?a=turkey,Not An Id' }), 'view'],
      ['a bad fold', await store({ view: '?a=turkey&fold=sideways' }), 'view'],
      ['no view', await store({}), 'view'],
      ['a view that is not text', await store({ view: 42 }), 'view'],
      ['an unknown field', await store({ view: '?a=turkey', id: 'AAAAAAAAAAAAAAAA' }), '(request)'],
      ['a query of over 200,000 characters', await store({ view: `?a=${'a'.repeat(200_001)}` }), 'view'],
      ['more than 2,000 actors', await store({ view: `?a=${Array.from({ length: 2_001 }, (_, n) => `x${n}`).join(',')}` }), 'view'],
      ['text that is not JSON', await POST(rawRequest('POST', '/api/views', '{"view": ', { 'Content-Type': 'application/json' })), '(body)'],
      ['a form post', await POST(rawRequest('POST', '/api/views', JSON.stringify({ view: '?a=turkey' }), { 'Content-Type': 'text/plain' })), '(body)'],
      ['a body over 256 KB', await POST(rawRequest('POST', '/api/views', JSON.stringify({ view: 'x'.repeat(300_000) }), { 'Content-Type': 'application/json' })), '(body)'],
    ];
    for (const [what, response, field] of refusals) {
      expect(response.status, what).toBe(400);
      const { error } = await response.json();
      expect(error.issues?.[0]?.field ?? '', what).toBe(field);
    }
    expect(await db.counts()).toEqual(before);
  });

  it('refuses another site (403) and answers 429 past the write limit of an address', async () => {
    expect((await store({ view: '?a=turkey' }, { Origin: 'https://elsewhere.example' })).status).toBe(403);
    process.env.PARLEY_WRITE_LIMIT = '1';
    const from = { 'X-Forwarded-For': '192.0.2.77' };
    for (let n = 0; n < 5; n += 1) expect((await store({ view: `?a=turkey&layout=grid&from=200${n}` }, from)).status).toBe(200);
    const limited = await store({ view: '?a=qatar' }, from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('opens the overview with a notice for an id that names no stored view, and its preview is a 404', async () => {
    for (const id of ['AAAAAAAAAAAAAAAA', 'not-an-id!', '']) {
      const opened = await parseViewLink({ view: id }, getStoredView);
      expect(opened).toMatchObject({ state: DEFAULT_VIEW, storedId: null, unknownStoredId: true });
      expect(opened.dropped).toEqual([expect.stringMatching(/^no stored view has the id ".*", so this is the overview\.$|the overview/)]);
    }
    expect((await getPreview(jsonRequest('GET', '/api/preview?view=AAAAAAAAAAAAAAAA'))).status).toBe(404);
  });
});
