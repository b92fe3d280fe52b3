import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { RelationDetails } from '@/lib/graph';
import { GET } from './route';

const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe('GET /api/relations/:id (against Neo4j)', () => {
  useDemoDatabase();

  it("answers Qatar's mediation for Hamas with the article's words", async () => {
    const response = await GET(new NextRequest('http://test/api/relations/qatar-mediates-for-hamas'), context('qatar-mediates-for-hamas'));
    expect(response.status).toBe(200);
    const details = (await response.json()) as RelationDetails;
    expect(details.tie).toMatchObject({ type: 'MEDIATES_FOR', subjectId: 'qatar', objectId: 'hamas' });
    expect(details.citations[0]?.quote).toMatch(/^Outre les pays médiateurs, le Qatar et l'Égypte/);
  });

  it('answers 404 for an unknown relation', async () => {
    const response = await GET(new NextRequest('http://test/api/relations/qatar-funds-hamas'), context('qatar-funds-hamas'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe('No relation with id "qatar-funds-hamas".');
  });
});
