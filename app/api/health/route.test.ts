import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDriver } from '@/db/driver';

describe('GET /api/health (against Neo4j)', () => {
  const realUri = process.env.NEO4J_URI;

  afterEach(async () => {
    process.env.NEO4J_URI = realUri;
    await closeDriver();
    vi.resetModules();
  });

  it('answers 200 with the database status when Neo4j is up', async () => {
    const { GET } = await import('./route');
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up', edition: 'community' } });
    expect(body.database.neo4jVersion).toMatch(/^5\.26\./);
  });

  it('answers 503 with a clear message when Neo4j cannot be reached', async () => {
    await closeDriver();
    // A port nobody listens on: the same driver code, a database that is down.
    process.env.NEO4J_URI = 'bolt://127.0.0.1:9';
    const { GET } = await import('./route');
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.error.code).toBe('database_unavailable');
    expect(body.database.status).toBe('unreachable');
    expect(body.error.message).toMatch(/cannot reach Neo4j/);
  });
});
