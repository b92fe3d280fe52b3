import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { ActorProfile, ExpandPreview, Neighbourhood } from '@/lib/graph';
import { GET as getNeighbours } from './neighbours/route';
import { GET as getPreview } from './neighbours/preview/route';
import { GET as getProfile } from './route';

/** What Next passes a dynamic route: its params, as a promise. */
const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe('GET /api/actors/:id and its neighbours (against Neo4j)', () => {
  useDemoDatabase();

  it("answers an actor's profile", async () => {
    const response = await getProfile(new NextRequest('http://test/api/actors/mit'), context('mit'));
    expect(response.status).toBe(200);
    const profile = (await response.json()) as ActorProfile;
    expect(profile.actor).toMatchObject({ id: 'mit', name: 'MİT', kind: 'agency' });
    expect(profile.ties.map((tie) => tie.id)).toContain('ibrahim-kalin-leads-mit');
  });

  it('answers 404 for an unknown actor, and 400 for an id that cannot be one', async () => {
    const missing = await getProfile(new NextRequest('http://test/api/actors/nope'), context('nope'));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toEqual({ code: 'not_found', message: 'No actor with id "nope".' });
    const malformed = await getProfile(new NextRequest('http://test/api/actors/Nope!'), context('Nope!'));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.issues[0].field).toBe('id');
  });

  it('previews an expansion, and answers 400 for hops other than 1 or 2', async () => {
    const ok = await getPreview(new NextRequest('http://test/api/actors/qatar/neighbours/preview?hops=2'), context('qatar'));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ExpandPreview).total).toBe(10);
    const bad = await getPreview(new NextRequest('http://test/api/actors/qatar/neighbours/preview?hops=3'), context('qatar'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues).toEqual([{ field: 'hops', message: '1 or 2' }]);
  });

  it('answers the neighbours along the connections asked for, and 400 for a kind that does not exist', async () => {
    const ok = await getNeighbours(
      new NextRequest('http://test/api/actors/qatar/neighbours?hops=1&connections=MEDIATES_FOR&limit=1'),
      context('qatar'),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()) as Neighbourhood).toEqual({ actorId: 'qatar', hops: 1, actorIds: ['israel'], total: 2, truncated: true, estimated: false });
    const bad = await getNeighbours(new NextRequest('http://test/api/actors/qatar/neighbours?connections=BEFRIENDS'), context('qatar'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0].field).toBe('connections.0');
  });
});
