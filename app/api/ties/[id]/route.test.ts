import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { TieDetails } from '@/lib/graph';
import { GET } from './route';

const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe('GET /api/ties/:id (against Neo4j)', () => {
  useDemoDatabase();

  it("answers Qatar's mediation for Hamas with the article's words", async () => {
    const response = await GET(new NextRequest('http://test/api/ties/qatar-mediates-for-hamas'), context('qatar-mediates-for-hamas'));
    expect(response.status).toBe(200);
    const details = (await response.json()) as TieDetails;
    expect(details.tie).toMatchObject({ type: 'MEDIATES_FOR', subjectId: 'qatar', objectId: 'hamas' });
    expect(details.citations[0]?.quote).toMatch(/^Outre les pays médiateurs, le Qatar et l'Égypte/);
  });

  it('answers 404 for an unknown tie', async () => {
    const response = await GET(new NextRequest('http://test/api/ties/qatar-funds-hamas'), context('qatar-funds-hamas'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe('No tie with id "qatar-funds-hamas".');
  });
});
