import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { importRecords } from '@/db/testing/import';
import { DEMO_SOURCE } from '@/db/seed/demo';
import type { LineClaims, ViewPicture } from '@/lib/graph';
import { GET as getLines } from '../lines/route';
import { GET, POST } from './route';
import { TEST_ORIGIN } from '@/db/testing/requests';

const picture = async (query: string) => {
  const response = await GET(new NextRequest(`http://test/api/view${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as ViewPicture;
};

describe('GET /api/view (against Neo4j)', () => {
  const db = useDemoDatabase();
  const SOURCE = { id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability };

  it('answers what the canvas draws among the actors of a shared link, naming the ids it dropped', async () => {
    const view = await picture('?a=turkey,mit,nope');
    expect(view.actors.map((actor) => actor.name)).toEqual(['MİT', 'Turkey']);
    expect(view.lines.map((line) => line.id)).toEqual(['tie:mit-part-of-turkey']);
    expect(view.lines[0]).toMatchObject({ kind: 'ties', type: 'PART_OF', count: 1, sourceId: 'mit', targetId: 'turkey' });
    expect(view.meetings).toEqual([]);
    expect(view.missing).toEqual(['nope']);
    expect(view.fold).toBe('type');
  });

  it('answers the overview without actors, with what it shows of the graph', async () => {
    const view = await picture('');
    expect(view.actors).toHaveLength(11);
    expect(view.overview).toEqual({ actorsInGraph: 11, leftOut: 0 });
    // The Kalın–Haniyeh meetings have two participants: one line; the multilateral talks stay a node.
    expect(view.lines.find((line) => line.kind === 'met')).toMatchObject({ id: 'meeting:kalin-haniyeh-meetings', sourceId: 'ibrahim-kalin', targetId: 'ismail-haniyeh' });
    expect(view.meetings.map((meeting) => meeting.id)).toEqual(['multilateral-intelligence-diplomacy']);
    expect(view.claims).toEqual({ ties: 14, meetings: 2 });
  });

  it('folds repeated claims into one line, and pages through them newest first', async () => {
    await importRecords({
      sources: [SOURCE],
      ties: Array.from({ length: 25 }, (_, index) => {
        const day = `2024-07-${String(index + 1).padStart(2, '0')}`;
        return { id: `strike-${index + 1}`, type: 'ATTACKS', subjectId: 'israel', objectId: 'hamas', confidence: 'low' as const, since: day, until: day, sourceId: SOURCE.id, quote: `Strike ${index + 1}`, credibility: 6 };
      }),
    });
    try {
      const view = await picture('?a=israel,hamas');
      const line = view.lines.find((candidate) => candidate.id === 'ties:israel~hamas~ATTACKS');
      expect(line).toMatchObject({ count: 25, since: '2024-07-01', until: '2024-07-25' });
      expect(line?.claimIds).toEqual(['strike-25', 'strike-24', 'strike-23', 'strike-22', 'strike-21']);
      const everyClaim = await picture('?a=israel,hamas&fold=claims');
      expect(everyClaim.lines.filter((candidate) => candidate.type === 'ATTACKS')).toHaveLength(25);

      const page = async (query: string) => {
        const response = await getLines(new NextRequest(`http://test/api/lines${query}`));
        expect(response.status).toBe(200);
        return (await response.json()) as LineClaims;
      };
      const first = await page('?a=israel,hamas&line=ties:israel~hamas~ATTACKS');
      expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
      expect(first.claims).toHaveLength(20);
      expect(first.claims[0]).toMatchObject({ kind: 'tie', tie: { id: 'strike-25' }, citations: [{ quote: 'Strike 25' }] });
      const second = await page('?a=israel,hamas&line=ties:israel~hamas~ATTACKS&page=2');
      expect(second.claims.map((claim) => (claim.kind === 'tie' ? claim.tie.id : ''))).toEqual(['strike-5', 'strike-4', 'strike-3', 'strike-2', 'strike-1']);
      // Filters apply before folding: the count is what they let through.
      const july20on = await picture('?a=israel,hamas&from=2024-07-20');
      expect(july20on.lines.find((candidate) => candidate.id === 'ties:israel~hamas~ATTACKS')?.count).toBe(6);
      expect((await page('?a=israel,hamas&from=2024-07-20&line=ties:israel~hamas~ATTACKS')).total).toBe(6);
      // A hidden line is gone from the picture, and counted as hidden by the analyst.
      const hidden = await picture('?a=israel,hamas&hide=ties:israel~hamas~ATTACKS');
      expect(hidden.lines.map((candidate) => candidate.id)).not.toContain('ties:israel~hamas~ATTACKS');
      expect(hidden.hiddenByAnalyst.ties).toBe(25);
      // A line that is not in the view is a 404 that says why.
      const gone = await getLines(new NextRequest('http://test/api/lines?a=turkey,qatar&line=ties:israel~hamas~ATTACKS'));
      expect(gone.status).toBe(404);
    } finally {
      await db.reset();
    }
  });

  it('answers 400 naming the parameter when an id is malformed', async () => {
    const response = await GET(new NextRequest('http://test/api/view?a=turkey,Bad%20Id!'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.issues).toContainEqual({ field: 'view', message: 'actor id "Bad Id!" is not valid' });
  });

  it('reads a view too long for a request line from a POST body', async () => {
    const many = Array.from({ length: 1500 }, (_, index) => `absent-actor-${index}`);
    const response = await POST(
      new NextRequest(`${TEST_ORIGIN}/api/view`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: TEST_ORIGIN },
        body: JSON.stringify({ view: `a=turkey,mit,${many.join(',')}` }),
      }),
    );
    expect(response.status).toBe(200);
    const view = (await response.json()) as ViewPicture;
    expect(view.actors.map((actor) => actor.id)).toEqual(['mit', 'turkey']);
    expect(view.missing).toHaveLength(1500);
  });
});
