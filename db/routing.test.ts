import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../lib/auth/roles';
import { countAttempt } from './accounts/limits';
import { createActor } from './commands/actors';
import { updateTie } from './commands/ties';
import { closeDriver, getDriver } from './driver';
import { getActorProfile, searchActors } from './queries/actors';
import { getViewGraph } from './queries/graph';
import { TEST_USERS } from './testing/accounts';
import { useDemoDatabase } from './testing/demo-database';

const { id, username, name } = TEST_USERS.editor;
const editor: Principal = { id, username, name, role: 'editor' };

/**
 * A cluster or Aura is reached through a `neo4j://` URI: the driver asks the server for a routing table and sends
 * reads to readers and writes to the leader. The rest of the suite speaks `bolt://` to the embedded Neo4j; this
 * file runs the app's own query modules through `neo4j://` against the same server, which answers routing as a
 * single instance (every role on itself).
 */
describe('the app through a neo4j:// (routing) URI (against Neo4j)', () => {
  const db = useDemoDatabase();
  const boltUri = process.env.NEO4J_URI!;

  beforeAll(async () => {
    process.env.NEO4J_URI = boltUri.replace(/^bolt:/, 'neo4j:');
    // The app's driver opens again with the routing URI at its next query.
    await closeDriver();
  });
  afterAll(async () => {
    process.env.NEO4J_URI = boltUri;
    await closeDriver();
  });

  it('reaches a server that answers routing, with itself as writer, reader and router', async () => {
    const [table] = await db.query('CALL dbms.routing.getRoutingTable({}, null) YIELD servers RETURN servers');
    const roles = (table!.servers as { role: string; addresses: string[] }[]).map(({ role, addresses }) => [role, addresses]);
    const address = new URL(boltUri).host;
    expect(roles.sort()).toEqual([
      ['READ', [address]],
      ['ROUTE', [address]],
      ['WRITE', [address]],
    ]);
  });

  it('writes and reads back through the routing driver: a record, an edit conflict, a rate-limit count', async () => {
    expect(getDriver()._supportsRouting()).toBe(true);
    const { body: actor } = await createActor({
      input: { name: 'Routed Envoy', kind: 'person', aliases: ['Envoy of the routing table'], description: '', country: null, wikidataId: null },
      principal: editor,
      idempotency: null,
    });
    expect((await searchActors({ query: 'routed envoy', limit: 5 }))[0]?.id).toBe(actor.id);
    expect(await getActorProfile({ id: actor.id })).toMatchObject({ actor: { id: actor.id, name: 'Routed Envoy' } });

    const [tie] = await db.query('MATCH (t:Tie) RETURN t.id AS id, t.version AS version LIMIT 1');
    const edit = (version: number) => updateTie({ id: tie!.id as string, version, changes: { summary: `Routed edit ${version}` }, principal: editor });
    await edit(tie!.version as number);
    await expect(edit(tie!.version as number)).rejects.toMatchObject({ code: 'conflict' });

    expect((await getViewGraph({ actorIds: ['turkey', 'hamas'] })).actors.map((graphActor) => graphActor.id).sort()).toEqual(['hamas', 'turkey']);
    await countAttempt([{ name: 'routing', key: 'routed', limit: 1, windowMs: 60_000 }], 'tests');
    await expect(countAttempt([{ name: 'routing', key: 'routed', limit: 1, windowMs: 60_000 }], 'tests')).rejects.toMatchObject({ code: 'too_many_requests' });
  });
});
