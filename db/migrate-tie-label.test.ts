import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { getTieDetails } from './queries/ties';
import { createTestDriver, testDatabaseSettings } from './testing/database';
import { useDemoDatabase } from './testing/demo-database';

// The old names are written here on purpose: /work/tools/rename-tie.sh leaves *tie-label* files alone.
describe('migration 017-tie-label (against Neo4j)', () => {
  const db = useDemoDatabase();
  const id = 'qatar-mediates-for-hamas';

  /** The database as it was before the rename: the tie under its old label, its revisions and schema named after it. */
  async function makeOldStyle() {
    await db.run(
      `MATCH (n:Tie {id: $id}) SET n:Relation REMOVE n:Tie
       CREATE (:Revision {id: randomUUID(), at: '2026-11-30T12:00:00.000Z', editor: 'Old Parley', action: 'update', entityType: 'Relation', entityId: $id, version: 2})-[:OF]->(n)`,
      { id },
    );
    await db.run('CREATE CONSTRAINT relation_id IF NOT EXISTS FOR (n:Relation) REQUIRE n.id IS UNIQUE');
    await db.run('CREATE INDEX relation_type IF NOT EXISTS FOR (n:Relation) ON (n.type)');
    await db.run("MATCH (m:Migration {id: '017-tie-label'}) DELETE m");
  }

  it('relabels old :Relation records as :Tie, with their revisions, and leaves no schema of the old label', async () => {
    await makeOldStyle();
    await expect(getTieDetails({ id })).rejects.toMatchObject({ code: 'not_found' });

    const driver = createTestDriver();
    try {
      expect(await migrate(driver, testDatabaseSettings().database)).toEqual(['017-tie-label']);
    } finally {
      await driver.close();
    }

    expect((await getTieDetails({ id })).tie).toMatchObject({ id, type: 'MEDIATES_FOR', subjectId: 'qatar', objectId: 'hamas' });
    expect(await db.query('MATCH (n:Relation) RETURN count(n) AS count')).toEqual([{ count: 0 }]);
    const revisions = await db.query('MATCH (r:Revision {entityId: $id}) RETURN DISTINCT r.entityType AS entityType', { id });
    expect(revisions).toEqual([{ entityType: 'Tie' }]);
    const schema = await db.query(
      "SHOW INDEXES YIELD name, labelsOrTypes WHERE name STARTS WITH 'relation_' OR 'Relation' IN labelsOrTypes RETURN name",
    );
    expect(schema).toEqual([]);
    const constraints = await db.query('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((row) => row.name)).toContain('tie_id');
    expect(constraints.map((row) => row.name)).not.toContain('relation_id');
  });
});
