import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '@/db/stack/neo4j.mjs';
import { createDriver, readNeo4jSettings } from '@/db/connection';
import { closeDriver, READS_WAITING_PER_SLOT } from '@/db/driver';
import { DATABASE_NOT_ANSWERING_MESSAGE, DATABASE_UNAVAILABLE_MESSAGE, TOO_MANY_WAITING_MESSAGE, WRITE_OUTCOME_UNKNOWN_MESSAGE } from '@/db/errors';
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
 * A database that hangs, then one that goes away, on a throw-away Neo4j of its own. Hung: its process is frozen
 * (SIGSTOP, as a long GC pause, a full disk or a network partition look from the app) during reads and a burst of
 * writes; every answer is a 503 within its deadline, the reads beyond the read slots' queue at once, and after the
 * thaw the same driver answers 200 again, each write is all there or absent, and sending a cut write again with its
 * Idempotency-Key leaves it there once. Gone: Neo4j is stopped in the middle of a burst of writes. Every answer
 * during the outage is a quick 503 with the message; once Neo4j is back on the same port and store, the same
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

// Short deadlines and few read slots while Neo4j is frozen, so that the test waits seconds, not the defaults.
const FROZEN_LIMITS = {
  PARLEY_READ_DEADLINE_MS: 2_000,
  PARLEY_HEALTH_DEADLINE_MS: 1_500,
  PARLEY_WRITE_DEADLINE_MS: 3_000,
  PARLEY_READ_SLOTS: 4,
};
// Timers fire late on a loaded machine: an answer may come this much after its deadline.
const TIMER_SLACK_MS = 1_500;
const FROZEN_WRITES = 12;
// More than the read slots and their queue hold, so that some are refused at once whatever the writes take.
const FROZEN_READS = FROZEN_LIMITS.PARLEY_READ_SLOTS * (1 + READS_WAITING_PER_SLOT) + 4;
const FREEZE_MS = 5_000;

/** Runs `work` with the frozen-Neo4j limits in force on a driver of their own, and the defaults again after it. */
async function withFrozenLimits<T>(work: () => Promise<T>): Promise<T> {
  for (const [name, value] of Object.entries(FROZEN_LIMITS)) process.env[name] = String(value);
  await closeDriver();
  try {
    return await work();
  } finally {
    for (const name of Object.keys(FROZEN_LIMITS)) delete process.env[name];
    await closeDriver();
  }
}

const sendFrozenTie = (index: number) =>
  createTie(editorRequest('POST', '/api/ties', tie(index, 'frozen'), { 'Idempotency-Key': `frozen-tie-${index}` }));

interface TieCount {
  /** Ties (more than one would be a write done twice), their citations, new sources and revisions. */
  ties: number;
  present: boolean;
  absent: boolean;
}

/**
 * What there is of each marked tie (`tie(index, mark)`): present means wholly there (both citations, its new
 * source, its revision), absent means not at all.
 */
function countTies(mark: Mark, writes: number): Promise<TieCount[]> {
  return withOwnDriver(async (driver, database) => {
    const { records } = await driver.executeQuery(
      `UNWIND range(0, $writes - 1) AS index
       OPTIONAL MATCH (r:Tie {summary: $mark + '-' + toString(index)})
       OPTIONAL MATCH (s:Source {title: $sourcePrefix + toString(index)})
       RETURN index, count(DISTINCT r) AS ties, COUNT { (r)-[:CITES]->() } AS citations, count(DISTINCT s) AS sources,
              COUNT { (:Revision)-[:OF]->(r) } AS revisions`,
      { writes, mark, sourcePrefix: sourceTitle(mark, '') },
      { database },
    );
    return records.map((record) => {
      const row = record.toObject() as { ties: number; citations: number; sources: number; revisions: number };
      const present = row.ties === 1 && row.citations === 2 && row.sources === 1 && row.revisions === 1;
      return { ties: row.ties, present, absent: row.ties === 0 && row.sources === 0 };
    });
  });
}

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

type Mark = 'outage' | 'frozen';

/** The title of the new source that tie `index` of `mark` brings: `Outage source 3`. */
const sourceTitle = (mark: Mark, index: number | string) => `${mark[0]!.toUpperCase()}${mark.slice(1)} source ${index}`;

/** A tie with two citations (one bringing a new source), marked so that it can be found afterwards. */
function tie(index: number, mark: Mark = 'outage') {
  return {
    type: 'SUPPORTS',
    subjectId: 'qatar',
    objectId: 'hamas',
    confidence: 'low',
    summary: `${mark}-${index}`,
    citations: [
      { source: { id: DEMO_SOURCE.id }, quote: `${mark} first ${index}`, credibility: 3 },
      { source: { new: { title: sourceTitle(mark, index), language: 'en', reliability: 'C' } }, quote: `${mark} second ${index}`, credibility: 4 },
    ],
  };
}

/** Lets a frozen Neo4j go on (nothing happens to one that runs). */
function thaw(): void {
  try {
    if (neo4j) process.kill(neo4j.pid, 'SIGCONT');
  } catch (error) {
    // A Neo4j that is no longer there (stopped by the outage test) has nothing to thaw.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
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
  }, 300_000);

  afterAll(async () => {
    // Whatever failed, never leave a frozen Neo4j behind (it would not even stop).
    thaw();
    await closeDriver();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.log`, { force: true });
    process.env.NEO4J_URI = saved.uri;
    process.env.NEO4J_PASSWORD = saved.password;
    process.env.NEO4J_DATABASE = saved.database;
  }, 120_000);

  it('answers 503 within the deadlines while Neo4j hangs, recovers by itself after the thaw, and leaves no write half-done', async () => {
    // Every route answered once before the freeze (query plans made, connections open): a cold first query can take
    // longer than the short deadlines on a loaded machine, so each is asked until it answers.
    const warm = async () => {
      const calls = [
        () => getView(jsonRequest('GET', '/api/view?a=qatar,hamas')),
        () => search(jsonRequest('GET', '/api/search?q=qatar')),
        () => getPaths(jsonRequest('GET', '/api/paths?from=qatar&to=hamas')),
        () => getActor(jsonRequest('GET', '/api/actors/qatar'), idContext('qatar')),
        () => getHealth(),
        () => getView(jsonRequest('GET', '/api/view')),
        // Sent again with its key until it answers: made once, then answered 200 from its key.
        () => createTie(editorRequest('POST', '/api/ties', { ...tie(-1), summary: 'before the freeze' }, { 'Idempotency-Key': 'before-the-freeze' })),
      ];
      for (const call of calls) {
        let status = 0;
        for (let attempt = 0; attempt < 10 && status !== 200 && status !== 201; attempt += 1) status = (await call()).status;
        expect([200, 201]).toContain(status);
      }
    };
    await warm();
    // Again on the new driver, so that its connections are open before the freeze.
    await withFrozenLimits(async () => {
      await warm();

      // A burst of writes spread over a third of a second, Neo4j frozen in the middle of it, and reads beyond the
      // slots (a route may make several reads at once; the session lookups of writes begun after the freeze take
      // read slots too).
      const writes = Array.from({ length: FROZEN_WRITES }, (_, index) =>
        new Promise((resolve) => setTimeout(resolve, index * 30)).then(() => timed(() => sendFrozenTie(index))),
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      const frozenAt = performance.now();
      process.kill(neo4j.pid, 'SIGSTOP');
      let thawedAt = 0;
      let written: Awaited<(typeof writes)[number]>[];
      let read: { response: Response; ms: number }[];
      let health: { response: Response; ms: number };
      try {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const reads = Array.from({ length: FROZEN_READS }, (_, index) => {
          const call = [
            () => getView(jsonRequest('GET', '/api/view?a=qatar,hamas')),
            () => search(jsonRequest('GET', '/api/search?q=qatar')),
            () => getPaths(jsonRequest('GET', '/api/paths?from=qatar&to=hamas')),
            () => getActor(jsonRequest('GET', '/api/actors/qatar'), idContext('qatar')),
          ][index % 4]!;
          return timed(call);
        });
        [written, read, health] = await Promise.all([Promise.all(writes), Promise.all(reads), timed(() => getHealth())]);
        // Frozen a while longer: what the deadlines gave up on is still stuck when Neo4j comes back.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, FREEZE_MS - (performance.now() - frozenAt))));
      } finally {
        thaw();
        thawedAt = performance.now();
      }

      // Every read: 503 within its deadline, or refused at once beyond the slots' queue.
      const readBodies = await Promise.all(read.map(async ({ response }) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() })));
      for (const [index, { status, retryAfter, body }] of readBodies.entries()) {
        expect(status, JSON.stringify(body)).toBe(503);
        expect(retryAfter).not.toBeNull();
        expect([DATABASE_NOT_ANSWERING_MESSAGE, TOO_MANY_WAITING_MESSAGE]).toContain(body.error.message);
        expect(read[index]!.ms).toBeLessThan(FROZEN_LIMITS.PARLEY_READ_DEADLINE_MS + TIMER_SLACK_MS);
      }
      const refused = readBodies.filter(({ body }) => body.error.message === TOO_MANY_WAITING_MESSAGE).length;
      expect(refused).toBeGreaterThan(0);

      // The health check: not answering, told apart from unreachable, within its own deadline.
      expect(health.response.status).toBe(503);
      const healthBody = await health.response.json();
      expect(healthBody.database.status).toBe('not answering');
      expect(healthBody.error.code).toBe('database_not_answering');
      expect(health.ms).toBeLessThan(FROZEN_LIMITS.PARLEY_HEALTH_DEADLINE_MS + TIMER_SLACK_MS);

      // Every write: 201 before the freeze, else 503 within its deadline (that of the session's read when the
      // freeze caught that), saying that the outcome is unknown once the write had begun.
      const writeStatuses = written.map(({ response }) => response.status);
      expect(writeStatuses.every((status) => status === 201 || status === 503), JSON.stringify(writeStatuses)).toBe(true);
      expect(writeStatuses).toContain(503);
      const writeBodies: { error: { code: string; message: string; outcome?: string } }[] = [];
      for (const { response, ms } of written.filter(({ response }) => response.status === 503)) {
        const body = await response.json();
        writeBodies.push(body);
        expect([WRITE_OUTCOME_UNKNOWN_MESSAGE, DATABASE_NOT_ANSWERING_MESSAGE, TOO_MANY_WAITING_MESSAGE]).toContain(body.error.message);
        if (body.error.message === WRITE_OUTCOME_UNKNOWN_MESSAGE) expect(body.error.outcome).toBe('unknown');
        expect(response.headers.get('retry-after')).not.toBeNull();
        expect(ms).toBeLessThan(Math.max(FROZEN_LIMITS.PARLEY_READ_DEADLINE_MS, FROZEN_LIMITS.PARLEY_WRITE_DEADLINE_MS) + TIMER_SLACK_MS);
      }

      // Some waited out their deadline (reads, or the session lookups of writes, which take read slots too): the
      // slots refuse only beyond what may wait.
      const waitedOut = [...readBodies.map(({ body }) => body), ...writeBodies].filter(({ error }) => error.code === 'database_not_answering');
      expect(waitedOut.length).toBeGreaterThan(0);

      // Thawed: the same driver answers again, without a restart.
      let recoveredAt = 0;
      while (performance.now() - thawedAt < 30_000 && recoveredAt === 0) {
        if ((await getView(jsonRequest('GET', '/api/view'))).status === 200) recoveredAt = performance.now();
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(recoveredAt).toBeGreaterThan(0);
      expect((await getHealth()).status).toBe(200);

      // All or nothing: each frozen write is wholly there (both citations, its new source, its revision) or absent,
      // and each that answered 201 is there.
      const afterThaw = await countTies('frozen', FROZEN_WRITES);
      expect(afterThaw.filter(({ present, absent }) => !present && !absent)).toEqual([]);
      expect(afterThaw.filter(({ present }, index) => writeStatuses[index] === 201 && !present)).toEqual([]);

      // Sending each cut write again with its key is safe, as a client does after Retry-After: made now if it was
      // absent, answered from its key if it had committed after all; either way it is there once.
      for (const [index, { response }] of written.entries()) {
        if (response.status !== 503) continue;
        let status = 503;
        for (let attempt = 0; attempt < 10 && status === 503; attempt += 1) status = (await sendFrozenTie(index)).status;
        // 200 after an attempt that committed but answered 503 again (a loaded machine can pass the short deadline).
        expect(afterThaw[index]!.present ? [200] : [201, 200]).toContain(status);
      }
      expect((await countTies('frozen', FROZEN_WRITES)).every(({ present }) => present)).toBe(true);

      recordFigures('hang', {
        reads: read.length,
        readsAnswered503: readBodies.length,
        readsRefusedAtOnce: refused,
        waitedOutTheirDeadline: waitedOut.length,
        slowestRead503Ms: Math.round(Math.max(...read.map(({ ms }) => ms))),
        fastestRefusalMs: Math.round(Math.min(...read.filter((_, index) => readBodies[index]!.body.error.message === TOO_MANY_WAITING_MESSAGE).map(({ ms }) => ms))),
        health503Ms: Math.round(health.ms),
        writesCommitted: writeStatuses.filter((status) => status === 201).length,
        writesAnswered503: writeStatuses.filter((status) => status === 503).length,
        slowestWrite503Ms: Math.round(Math.max(0, ...written.filter(({ response }) => response.status === 503).map(({ ms }) => ms))),
        cutWritesThereAfterThaw: written.filter(({ response }, index) => response.status === 503 && afterThaw[index]!.present).length,
        recoveryAfterThawMs: Math.round(recoveredAt - thawedAt),
      });
    });
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
      const askedDuring = during.some((answer) => answer.response === response);
      // Asked during the outage: answered within seconds. Cut mid-way: also waited for locks and the driver's retries.
      expect(ms).toBeLessThan(askedDuring ? QUICK_MS : IN_FLIGHT_MS);
      const body = await response.json();
      // Held by Neo4j's shutdown past its deadline: a write cannot know whether it committed, and says so (or its
      // session's lookup did not get an answer either).
      expect(askedDuring ? [DATABASE_UNAVAILABLE_MESSAGE] : [DATABASE_UNAVAILABLE_MESSAGE, WRITE_OUTCOME_UNKNOWN_MESSAGE, DATABASE_NOT_ANSWERING_MESSAGE]).toContain(body.error.message);
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
    const rows = await countTies('outage', WRITES);
    let partial = 0;
    let duplicated = 0;
    let lost = 0;
    for (const [index, { ties, present, absent }] of rows.entries()) {
      if (ties > 1) duplicated += 1;
      else if (!present && !absent) partial += 1;
      else if (writeStatuses[index] === 201 && !present) lost += 1;
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
