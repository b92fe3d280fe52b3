import { beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { testDatabaseSettings } from './testing/database';
import { useDemoDatabase } from './testing/demo-database';

/** Migration 018: ties imported under the old CAMEO-root mapping are re-typed by their PLOVER category. */
describe('migration 018-plover-types (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  const database = () => testDatabaseSettings().database;
  const { query } = db;
  // Through the runner, as a database that has not had it yet: its record taken away, then migrate() again.
  const runMigration = async () => {
    await db.run("MATCH (m:Migration {id: '018-plover-types'}) DELETE m");
    expect(await migrate(db.driver(), database())).toEqual(['018-plover-types']);
  };
  /** A tie as the old import wrote it: the analysts' type the root mapped to, the CAMEO code kept beside it. */
  const oldTie = (id: string, type: string, cameoCode: string, subject = 'israel', object = 'hamas') =>
    query(
      `MATCH (s:Actor {id: $subject}), (o:Actor {id: $object})
       CREATE (r:Tie {id: $id, type: $type, cameoCode: $cameoCode, importKey: 'icews:' + $id, confidence: 'low', version: 1})
       CREATE (r)-[:SUBJECT]->(s), (r)-[:OBJECT]->(o)
       WITH s, o SET s.degree = s.degree + 1, o.degree = o.degree + 1`,
      { id, type, cameoCode, subject, object },
    );

  beforeAll(() => migrate(db.driver(), database()));

  it('re-types old imported ties by their CAMEO code, once, each with a revision, and leaves analysts’ ties alone', async () => {
    await oldTie('old-036', 'NEGOTIATES_WITH', '036');
    await oldTie('old-0841', 'MEDIATES_FOR', '0841');
    await oldTie('old-17', 'SANCTIONS', '17');
    await oldTie('old-190', 'ATTACKS', '190');
    const analystTies = await query('MATCH (r:Tie) WHERE r.cameoCode IS NULL RETURN r.id AS id, r.type AS type ORDER BY id');
    const degrees = await query('MATCH (a:Actor) RETURN a.id AS id, a.degree AS degree ORDER BY id');

    await runMigration();
    await runMigration();

    expect(await query("MATCH (r:Tie) WHERE r.id STARTS WITH 'old-' RETURN r.id AS id, r.type AS type, r.ploverMode AS mode, r.version AS version ORDER BY id")).toEqual([
      { id: 'old-036', type: 'AGREE', mode: null, version: 2 },
      { id: 'old-0841', type: 'RETREAT', mode: 'release', version: 2 },
      { id: 'old-17', type: 'COERCE', mode: null, version: 2 },
      { id: 'old-190', type: 'ASSAULT', mode: null, version: 2 },
    ]);
    const revisions = await query(
      "MATCH (v:Revision)-[:OF]->(r:Tie {id: 'old-036'}) RETURN v.action AS action, v.before AS before, v.after AS after, v.version AS version",
    );
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: 'migrate', version: 2 });
    expect(JSON.parse(revisions[0]!.before as string)).toEqual({ type: 'NEGOTIATES_WITH' });
    expect(JSON.parse(revisions[0]!.after as string)).toEqual({ type: 'AGREE', ploverContext: 'diplomatic' });
    expect(await query('MATCH (r:Tie) WHERE r.cameoCode IS NULL RETURN r.id AS id, r.type AS type ORDER BY id')).toEqual(analystTies);
    // Re-typing moves no link, so no actor's degree changes.
    expect(await query('MATCH (a:Actor) RETURN a.id AS id, a.degree AS degree ORDER BY id')).toEqual(degrees);
  });
});
