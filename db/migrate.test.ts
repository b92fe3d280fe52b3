import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, parseStatements, readMigrations } from './migrate';
import { createTestDriver, testDatabaseSettings } from './testing/database';

describe('parseStatements', () => {
  it('splits on semicolons at line ends and drops comments', () => {
    const text = '// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(parseStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });
});

describe('migrate (against Neo4j)', () => {
  let driver: Driver;
  const { database } = testDatabaseSettings();

  async function schema() {
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database });
    const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name', {}, { database });
    const migrations = await driver.executeQuery('MATCH (m:Migration) RETURN m.id AS id ORDER BY id', {}, { database });
    return {
      constraints: constraints.records.map((record) => record.get('name')),
      indexes: indexes.records.map((record) => `${record.get('name')}:${record.get('state')}`),
      migrations: migrations.records.map((record) => record.get('id')),
    };
  }

  beforeAll(async () => {
    driver = createTestDriver();
    await migrate(driver, database);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('records every migration, in order', async () => {
    const files = await readMigrations();
    expect((await schema()).migrations).toEqual(files.map((migration) => migration.id));
  });

  it('is idempotent: a second run applies nothing and changes no schema', async () => {
    const before = await schema();
    expect(await migrate(driver, database)).toEqual([]);
    expect(await schema()).toEqual(before);
  });

  it('applies statements again safely when a run stopped before recording them', async () => {
    const before = await schema();
    await driver.executeQuery("MATCH (m:Migration {id: '003-actor-name-search'}) DELETE m", {}, { database });
    expect(await migrate(driver, database)).toEqual(['003-actor-name-search']);
    expect(await schema()).toEqual(before);
  });

  it('creates a unique constraint on the id of every entity and the accent-folding name index', async () => {
    const { constraints, indexes } = await schema();
    expect(constraints).toEqual(expect.arrayContaining(['actor_id', 'tie_id', 'meeting_id', 'source_id', 'revision_id']));
    expect(indexes).toContain('actor_names:ONLINE');
    const analyzer = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'actor_names' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
      {},
      { database },
    );
    expect(analyzer.records[0]?.get('analyzer')).toBe('standard-folding');
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    await driver.executeQuery("MATCH (m:Migration {id: '001-constraints'}) SET m.checksum = 'edited'", {}, { database });
    await expect(migrate(driver, database)).rejects.toThrow(/001-constraints was changed/);
    const [first] = await readMigrations();
    await driver.executeQuery("MATCH (m:Migration {id: '001-constraints'}) SET m.checksum = $checksum", { checksum: first!.checksum }, { database });
  });
});
