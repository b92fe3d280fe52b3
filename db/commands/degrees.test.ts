import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../lib/auth/roles';
import { parseImport } from '../../lib/import/parse';
import { actorInputSchema } from '../../lib/schemas/actor';
import { meetingInputSchema } from '../../lib/schemas/meeting';
import { tieInputSchema } from '../../lib/schemas/tie';
import { driverTransactions, type ChunkTransactions } from '../bulk/chunks';
import { loadBatch } from '../bulk/load';
import { loadLines } from '../bulk/stream';
import { testDatabaseSettings } from '../testing/database';
import { DEMO_SOURCE } from '../seed/demo';
import { useDemoDatabase } from '../testing/demo-database';
import { TEST_USERS } from '../testing/accounts';
import { getOverviewGraph } from '../queries/graph';
import { createActor, deleteActor } from './actors';
import { createMeeting, updateMeeting } from './meetings';
import { createTie } from './ties';
import { deleteRecord, restoreRecord } from './tombstones';

const asRole = (role: 'editor' | 'admin'): Principal => {
  const { id, username, name } = TEST_USERS[role];
  return { id, username, name, role };
};
const editor = asRole('editor');
const admin = asRole('admin');
const source = { source: { id: DEMO_SOURCE.id }, quote: 'A test quote.', credibility: 3 };

describe('stored actor degrees (against Neo4j)', () => {
  const db = useDemoDatabase();

  /** Actors whose stored degree is not the number of live ties and meetings they are part of. */
  const wrongDegrees = () =>
    db.query(
      `MATCH (a:Actor)
       WITH a, COUNT { (a)<-[:SUBJECT|OBJECT|PARTICIPANT]-(c) WHERE c.deletedAt IS NULL } AS live
       WHERE a.degree IS NULL OR a.degree <> live
       RETURN a.id AS id, a.degree AS stored, live ORDER BY id`,
    );
  const degreeOf = async (id: string) => (await db.query('MATCH (a:Actor {id: $id}) RETURN a.degree AS degree', { id }))[0]?.degree as number;

  it('match the live count after the demo data is loaded', async () => {
    expect(await wrongDegrees()).toEqual([]);
    expect(await degreeOf('qatar')).toBeGreaterThan(0);
  });

  it('start at zero for a new actor, which the overview then shows', async () => {
    const created = await createActor({ input: actorInputSchema.parse({ name: 'Degree Newcomer', kind: 'person' }), principal: editor, idempotency: null });
    expect(await degreeOf(created.body.id)).toBe(0);
    expect((await getOverviewGraph({ limit: 200 })).actors.map((actor) => actor.id)).toContain(created.body.id);
  });

  it('follow every write that adds, moves, deletes or restores a tie or a meeting', async () => {
    const egypt = await degreeOf('egypt');
    const created = await createTie({
      input: tieInputSchema.parse({ type: 'CRITICIZES', subjectId: 'egypt', objectId: 'hamas', confidence: 'low', summary: '', citations: [source] }),
      principal: editor,
      idempotency: null,
    });
    expect(await degreeOf('egypt')).toBe(egypt + 1);
    expect(await wrongDegrees()).toEqual([]);

    const meeting = await createMeeting({
      input: meetingInputSchema.parse({
        title: 'Degree test talks',
        kind: 'negotiation',
        date: '2024-08',
        location: null,
        summary: '',
        participants: [
          { actorId: 'egypt', role: 'host' },
          { actorId: 'qatar', role: 'participant' },
        ],
        citations: [source],
      }),
      principal: editor,
      idempotency: null,
    });
    expect(await degreeOf('egypt')).toBe(egypt + 2);
    await updateMeeting({
      id: meeting.body.id,
      version: meeting.body.version,
      changes: { participants: [{ actorId: 'qatar', role: 'host' }, { actorId: 'united-states', role: 'participant' }] },
      principal: editor,
    });
    expect(await degreeOf('egypt')).toBe(egypt + 1);
    expect(await wrongDegrees()).toEqual([]);

    await deleteRecord({ label: 'Tie', id: created.body.id, version: created.body.version, principal: editor });
    expect(await degreeOf('egypt')).toBe(egypt);
    expect(await wrongDegrees()).toEqual([]);

    // Deleting an actor with its claims lowers the degrees of everyone it was tied to; restoring puts them back.
    const hamasVersion = (await db.query("MATCH (a:Actor {id: 'hamas'}) RETURN a.version AS version"))[0]!.version as number;
    await deleteActor({ id: 'hamas', version: hamasVersion, withClaims: true, principal: editor });
    expect(await wrongDegrees()).toEqual([]);
    await restoreRecord({ label: 'Actor', id: 'hamas', principal: admin, idempotency: null });
    expect(await wrongDegrees()).toEqual([]);
  });

  it('count what an import wrote before it failed, and its record says how many records it created', async () => {
    const events = readFileSync(path.join(__dirname, '../../lib/import/fixtures/icews-events.tsv'), 'utf8');
    const lines = async function* () {
      yield* events.replace(/\n$/, '').split('\n');
    };
    const writes = driverTransactions(db.driver(), testDatabaseSettings().database, 'failing-import');
    let written = 0;
    // The connection is lost before the fourth transaction, while the third (the first ties) may still be committing.
    const failing: ChunkTransactions = {
      read: writes.read,
      write: (work) => (++written === 4 ? Promise.reject(new Error('Connection lost')) : writes.write(work)),
    };
    await expect(loadLines(lines(), 'icews', failing, { dryRun: false, linesPerChunk: 2, chunkSize: 2 })).rejects.toThrow('Connection lost');
    const [imported] = await db.query("MATCH (i:Import {editor: 'failing-import'}) RETURN i.id AS id, i.records AS records");
    const created = await db.query('MATCH (n {importId: $id}) RETURN count(n) AS count', { id: imported!.id });
    expect(created[0]!.count).toBeGreaterThan(0);
    expect(imported!.records).toBe(created[0]!.count);
    expect(await wrongDegrees()).toEqual([]);
  });

  it('follow an import of event data, chunk by chunk', async () => {
    const before = await db.query('MATCH (a:Actor) RETURN sum(a.degree) AS total');
    const events = readFileSync(path.join(__dirname, '../../lib/import/fixtures/icews-events.tsv'), 'utf8');
    const report = await loadBatch(parseImport('icews', [{ name: 'icews-events.tsv', text: events }]), { principal: editor, dryRun: false, chunkSize: 2 });
    expect(report.created.ties + report.created.meetings).toBeGreaterThan(0);
    expect(await wrongDegrees()).toEqual([]);
    expect((await db.query('MATCH (a:Actor) RETURN sum(a.degree) AS total'))[0]!.total).toBeGreaterThan(before[0]!.total as number);
  });
});
