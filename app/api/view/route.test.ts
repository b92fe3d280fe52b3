import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { useDemoDatabase } from '@/db/testing/demo-database';
import type { ViewGraph } from '@/lib/graph';
import { GET } from './route';

describe('GET /api/view (against Neo4j)', () => {
  useDemoDatabase();

  it('answers the graph among the actors of a shared link, naming the ids it dropped', async () => {
    const response = await GET(new NextRequest('http://test/api/view?actors=turkey,mit,nope'));
    expect(response.status).toBe(200);
    const view = (await response.json()) as ViewGraph;
    expect(view.actors.map((actor) => actor.name)).toEqual(['MİT', 'Turkey']);
    expect(view.ties.map((tie) => tie.id)).toEqual(['mit-part-of-turkey']);
    expect(view.meetings).toEqual([]);
    expect(view.missing).toEqual(['nope']);
  });

  it('answers 400 naming the field when an id is malformed', async () => {
    const response = await GET(new NextRequest('http://test/api/view?actors=turkey,Bad%20Id!'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('bad_request');
    expect(body.error.issues).toContainEqual({ field: 'actors.1', message: 'Lower-case letters, digits and single dashes only' });
  });
});
