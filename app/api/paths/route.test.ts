import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { PathResult } from '@/lib/graph';
import { GET } from './route';

describe('GET /api/paths (against Neo4j)', () => {
  useDemoDatabase();

  it('answers how the United States is connected to Hamas, with the quote behind the step', async () => {
    const response = await GET(new NextRequest('http://test/api/paths?from=united-states&to=hamas&limit=1'));
    expect(response.status).toBe(200);
    const result = (await response.json()) as PathResult;
    expect(result.paths).toHaveLength(1);
    const [step] = result.paths[0]!.steps;
    expect(step).toMatchObject({ via: 'meeting', meeting: { id: 'multilateral-intelligence-diplomacy' } });
    expect(step!.citations.map((citation) => citation.quote)).toContainEqual(
      expect.stringMatching(/diplomatie multilatérale du renseignement/),
    );
    expect(result.actors.map((actor) => actor.name)).toEqual(['Hamas', 'United States']);
  });

  it('answers 400 naming each bad parameter', async () => {
    const response = await GET(new NextRequest('http://test/api/paths?from=united-states&maxHops=7&minReliability=Z'));
    expect(response.status).toBe(400);
    const fields = (await response.json()).error.issues.map((issue: { field: string }) => issue.field);
    expect(fields.sort()).toEqual(['maxHops', 'minReliability', 'to']);
  });

  it('leaves meetings out with tiesOnly=true, and refuses a tiesOnly that leaves nothing to follow', async () => {
    const ties = await GET(new NextRequest('http://test/api/paths?from=turkey&to=hamas&tiesOnly=true&limit=10'));
    expect(ties.status).toBe(200);
    const result = (await ties.json()) as PathResult;
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths.flatMap((path) => path.steps).every((step) => step.via === 'tie')).toBe(true);

    for (const [query, field, message] of [
      ['tiesOnly=yes', 'tiesOnly', 'true or false'],
      ['tiesOnly=true&connections=MEETING', 'connections', 'With tiesOnly=true, connections must name at least one tie type'],
    ]) {
      const response = await GET(new NextRequest(`http://test/api/paths?from=turkey&to=hamas&${query}`));
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.issues).toEqual([{ field, message }]);
    }
  });

  it('answers 404 when an end is unknown', async () => {
    const response = await GET(new NextRequest('http://test/api/paths?from=united-states&to=atlantis'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe('No actor with id "atlantis".');
  });
});
