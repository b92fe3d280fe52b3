import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { KEY_LIFETIME_MS, SWEEP_BATCH, sweepExpiredKeys } from '@/db/commands/idempotency';
import { signedInAs } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { jsonRequest } from '@/db/testing/requests';
import type { ActorRecord } from '@/lib/records';
import { POST as createActor } from './actors/route';

/** Idempotency keys expire after a day: an expired one is not replayed, and sweeps delete them a batch at a time. */

const post = (body: unknown, key: string) =>
  createActor(jsonRequest('POST', '/api/actors', body, { ...signedInAs('editor'), 'Idempotency-Key': key }));

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000).toISOString();

describe('Idempotency-Key expiry (against Neo4j)', () => {
  const db = useDemoDatabase();

  /** Stored keys made straight in the database, `createdAt` as a key that old would have. */
  const storeKeys = (prefix: string, count: number, createdAt: string) =>
    db.run(
      `UNWIND range(1, $count) AS i
       CREATE (:IdempotencyKey {key: $prefix + toString(i), fingerprint: 'f', createdAt: $createdAt, response: '{}'})`,
      { prefix, count: int(count), createdAt },
    );
  const countKeys = async (prefix: string) =>
    (await db.query('MATCH (k:IdempotencyKey) WHERE k.key STARTS WITH $prefix RETURN count(k) AS n', { prefix }))[0]!.n;

  // First in the file on purpose: the process's first keyed write sweeps (later ones wait a minute).
  it('deletes expired keys when a write with a key comes, and leaves live ones', async () => {
    await storeKeys('expired-', 5, hoursAgo(48));
    await storeKeys('live-', 2, hoursAgo(1));
    expect((await post({ name: 'Sweep Trigger', kind: 'person' }, 'sweep-trigger')).status).toBe(201);
    expect(await countKeys('expired-')).toBe(0);
    expect(await countKeys('live-')).toBe(2);
  });

  it('does a request anew when its key expired, instead of replaying the answer of a day ago', async () => {
    const body = { name: 'Expiry Probe', kind: 'agency' };
    const first = await post(body, 'expiry-probe');
    expect(first.status).toBe(201);
    const firstActor = ((await first.json()) as { actor: ActorRecord }).actor;
    // Within the day, the same request is a retry.
    const retry = await post(body, 'expiry-probe');
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replay')).toBe('true');

    await db.run('MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH $key SET k.createdAt = $old', {
      key: '\nexpiry-probe',
      old: new Date(Date.now() - KEY_LIFETIME_MS - 60_000).toISOString(),
    });
    const anew = await post(body, 'expiry-probe');
    expect(anew.status).toBe(201);
    expect(anew.headers.get('Idempotent-Replay')).toBeNull();
    const secondActor = ((await anew.json()) as { actor: ActorRecord }).actor;
    expect(secondActor.id).not.toBe(firstActor.id);
    // The key now holds the new answer, which its retries get; an expired key is no clash for another request either.
    const again = await post(body, 'expiry-probe');
    expect(again.headers.get('Idempotent-Replay')).toBe('true');
    expect(((await again.json()) as { actor: ActorRecord }).actor.id).toBe(secondActor.id);
  });

  it('lets an expired key serve a different request instead of refusing it as reused', async () => {
    expect((await post({ name: 'Reuse One', kind: 'person' }, 'reuse-after-a-day')).status).toBe(201);
    await db.run("MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH '\nreuse-after-a-day' SET k.createdAt = $old", { old: hoursAgo(25) });
    expect((await post({ name: 'Reuse Two', kind: 'person' }, 'reuse-after-a-day')).status).toBe(201);
  });

  it('stores with a key only what its replay answers: the body, the fingerprint and the time', async () => {
    const response = await post({ name: 'Stored Shape', kind: 'person' }, 'stored-shape');
    const { actor } = (await response.json()) as { actor: ActorRecord };
    const [stored] = await db.query(
      "MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH '\nstored-shape' RETURN keys(k) AS properties, k.response AS response",
    );
    expect((stored!.properties as string[]).sort()).toEqual(['createdAt', 'fingerprint', 'key', 'response']);
    expect(JSON.parse(stored!.response as string)).toEqual(actor);
  });

  it('sweeps at most one batch of expired keys at a time, oldest first, and never a live key', async () => {
    await storeKeys('backlog-', SWEEP_BATCH + 200, hoursAgo(30));
    await storeKeys('oldest-', 3, hoursAgo(300));
    await storeKeys('recent-', 4, hoursAgo(2));
    const now = new Date().toISOString();

    expect(await sweepExpiredKeys(now)).toBe(SWEEP_BATCH);
    expect(await countKeys('oldest-')).toBe(0);
    expect(await countKeys('backlog-')).toBe(203);
    expect(await sweepExpiredKeys(now)).toBe(203);
    expect(await sweepExpiredKeys(now)).toBe(0);
    expect(await countKeys('recent-')).toBe(4);
  });
});
