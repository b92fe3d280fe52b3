import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@/db/stack/neo4j.mjs';
import { createDriver, readNeo4jSettings } from '@/db/connection';
import { closeDriver } from '@/db/driver';
import { DATABASE_UNAVAILABLE_MESSAGE } from '@/db/errors';
import { migrate } from '@/db/migrate';
import { DEMO_SOURCE } from '@/db/seed/demo';
import { loadDemoData } from '@/db/seed/load';
import { createTestAccounts } from '@/db/testing/accounts';
import { editorRequest, idContext, jsonRequest } from '@/db/testing/requests';
import { GET as getActor } from './actors/[id]/route';
import { POST as createActor } from './actors/route';
import { recordFigures } from './figures.testing';
import { GET as getHealth } from './health/route';
import { GET as getPaths } from './paths/route';
import { POST as createTie } from './ties/route';
import { GET as search } from './search/route';
import { GET as getView } from './view/route';

/**
 * A database that goes away: a throw-away Neo4j of its own is stopped in the middle of a burst of writes. Every
 * answer during the outage is a quick 503 with the message; once Neo4j is back on the same port and store, the same
 * driver (no restart) answers 200 again; and each write the outage cut is all there (with every citation) or absent.
 */

const PASSWORD = 'outage-test-pass';
const QUICK_MS = 10_000;
const IN_FLIGHT_MS = 20_000;
const WRITES = 40;

let neo4j: EmbeddedNeo4j;
let port: number;
let dataDir: string;
const saved = { uri: process.env.NEO4J_URI, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE };

async function withOwnDriver<T>(work: (driver: Driver, database: string | undefined) => Promise<T>): Promise<T> {
  const settings = readNeo4jSettings();
  const driver = createDriver(settings);
  try {
    return await work(driver, settings.database);
  } finally {
    await driver.close();
  }
}

function start(): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({ port, dataDir, password: PASSWORD, logFile: path.join(dataDir, '..', `${path.basename(dataDir)}.log`) });
}

/** A tie with two citations (one bringing a new source), marked so that it can be found afterwards. */
function tie(index: number) {
  return {
    type: 'SUPPORTS',
    subjectId: 'qatar',
    objectId: 'hamas',
    confidence: 'low',
    summary: `outage-${index}`,
    citations: [
      { source: { id: DEMO_SOURCE.id }, quote: `first ${index}`, credibility: 3 },
      { source: { new: { title: `Outage source ${index}`, language: 'en', reliability: 'C' } }, quote: `second ${index}`, credibility: 4 },
    ],
  };
}

async function timed(call: () => Promise<Response>): Promise<{ response: Response; ms: number }> {
  const started = performance.now();
  const response = await call();
  return { response, ms: performance.now() - started };
}

describe('a Neo4j outage (against a Neo4j of its own)', () => {
  beforeAll(async () => {
    port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-outage-neo4j-'));
    neo4j = await start();
    process.env.NEO4J_URI = neo4j.uri;
    process.env.NEO4J_PASSWORD = PASSWORD;
    process.env.NEO4J_DATABASE = '';
    await closeDriver();
    await withOwnDriver(async (driver, database) => {
      await migrate(driver, database);
      await loadDemoData(driver, database);
      await createTestAccounts(driver);
    });
  }, 180_000);

  afterAll(async () => {
    await closeDriver();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.log`, { force: true });
    process.env.NEO4J_URI = saved.uri;
    process.env.NEO4J_PASSWORD = saved.password;
    process.env.NEO4J_DATABASE = saved.database;
  }, 120_000);

  it('answers 503 quickly while Neo4j is down, recovers by itself, and leaves no write half-done', async () => {
    expect((await getView(jsonRequest('GET', '/api/view'))).status).toBe(200);
    // A first write warms the connections and query plans, so that the burst below commits some before the stop.
    expect((await createActor(editorRequest('POST', '/api/actors', { name: 'Before the outage', kind: 'person' }))).status).toBe(201);

    // A burst of writes, and Neo4j stopped while they run.
    // Spread over a second, so that some commit before the stop, some are cut mid-way and some find Neo4j gone.
    const writes = Array.from({ length: WRITES }, (_, index) =>
      new Promise((resolve) => setTimeout(resolve, index * 25)).then(() => timed(() => createTie(editorRequest('POST', '/api/ties', tie(index))))),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await neo4j.stop();
    const written = await Promise.all(writes);
    const writeStatuses = written.map(({ response }) => response.status);
    expect(writeStatuses.every((status) => status === 201 || status === 503), JSON.stringify(writeStatuses)).toBe(true);
    expect(writeStatuses).toContain(503);

    // Everything asked during the outage: a quick 503 saying what is wrong.
    const during = await Promise.all([
      timed(() => getView(jsonRequest('GET', '/api/view'))),
      timed(() => getView(jsonRequest('GET', '/api/view?a=qatar,hamas'))),
      timed(() => search(jsonRequest('GET', '/api/search?q=qatar'))),
      timed(() => getPaths(jsonRequest('GET', '/api/paths?from=qatar&to=hamas'))),
      timed(() => getActor(jsonRequest('GET', '/api/actors/qatar'), idContext('qatar'))),
      timed(() => createActor(editorRequest('POST', '/api/actors', { name: 'During the outage', kind: 'person' }))),
      timed(() => getHealth()),
    ]);
    const cut = written.filter(({ response }) => response.status === 503);
    const answers = [...cut, ...during];
    for (const { response, ms } of answers) {
      expect(response.status).toBe(503);
      // Asked during the outage: answered within seconds. Cut mid-way: also waited for locks and the driver's retries.
      expect(ms).toBeLessThan(during.some((answer) => answer.response === response) ? QUICK_MS : IN_FLIGHT_MS);
      const body = await response.json();
      expect(body.error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(response.headers.get('retry-after')).toBe('5');
    }
    const slowest = Math.max(...during.map(({ ms }) => ms));
    const slowestCut = Math.max(0, ...cut.map(({ ms }) => ms));

    // Neo4j back on the same port and store: the same driver finds it again.
    neo4j = await start();
    let recovered = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && recovered === 0) {
      if ((await getView(jsonRequest('GET', '/api/view'))).status === 200) recovered = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered).toBeGreaterThan(0);
    expect((await createActor(editorRequest('POST', '/api/actors', { name: 'After the outage', kind: 'person' }))).status).toBe(201);

    // All or nothing: each tie is there with both citations and its new source, or not there at all.
    const rows = await withOwnDriver(async (driver, database) => {
      const { records } = await driver.executeQuery(
        `UNWIND range(0, $writes - 1) AS index
         OPTIONAL MATCH (r:Tie {summary: 'outage-' + toString(index)})
         OPTIONAL MATCH (s:Source {title: 'Outage source ' + toString(index)})
         RETURN index, count(DISTINCT r) AS ties, COUNT { (r)-[:CITES]->() } AS citations, count(DISTINCT s) AS sources,
                COUNT { (:Revision)-[:OF]->(r) } AS revisions`,
        { writes: WRITES },
        { database },
      );
      return records.map((record) => record.toObject() as { index: number; ties: number; citations: number; sources: number; revisions: number });
    });
    let partial = 0;
    let duplicated = 0;
    let lost = 0;
    for (const row of rows) {
      const answered201 = writeStatuses[Number(row.index)] === 201;
      const present = Number(row.ties) === 1 && Number(row.citations) === 2 && Number(row.sources) === 1 && Number(row.revisions) === 1;
      const absent = Number(row.ties) === 0 && Number(row.sources) === 0;
      if (Number(row.ties) > 1) duplicated += 1;
      else if (!present && !absent) partial += 1;
      else if (answered201 && !present) lost += 1;
    }
    expect({ partial, duplicated, lost }).toEqual({ partial: 0, duplicated: 0, lost: 0 });
    recordFigures('outage', {
      requests: written.length + during.length,
      answered503: answers.length,
      serverErrors5xxOtherThan503: [...written, ...during].filter(({ response }) => response.status >= 500 && response.status !== 503).length,
      slowest503DuringOutageMs: Math.round(slowest),
      slowest503OfCutWritesMs: Math.round(slowestCut),
      writesCommitted: writeStatuses.filter((status) => status === 201).length,
      partial,
      duplicated,
      lost,
    });
  }, 240_000);
});
