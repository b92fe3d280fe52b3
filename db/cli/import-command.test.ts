import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../migrate';
import { useDemoDatabase } from '../testing/demo-database';
import { runImportCommand } from './import-command';

const FIXTURE = path.join(__dirname, '../../lib/import/fixtures/icews-events.tsv');

describe('npm run import (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  const { query } = db;

  /** The database as a new Neo4j holds it: no record, and none of Parley's constraints and indexes. */
  async function dropEverything() {
    await db.run('MATCH (n) DETACH DELETE n');
    // Names read from the schema itself; a name cannot be a parameter.
    for (const { name } of await query('SHOW CONSTRAINTS YIELD name RETURN name')) await db.run(`DROP CONSTRAINT \`${String(name)}\``);
    for (const { name } of await query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) await db.run(`DROP INDEX \`${String(name)}\``);
  }

  const appliedMigrations = () => query('MATCH (m:Migration) RETURN m.id AS id, toString(m.appliedAt) AS at ORDER BY id');

  it('applies the migrations to a database that never had them, then imports the file', async () => {
    await dropEverything();

    const report = JSON.parse(await runImportCommand([FIXTURE, '--json'], 'import-test'));

    expect(report).toMatchObject({ dryRun: false, format: 'icews', rows: 14 });
    expect(report.created.ties).toBe(5);
    expect(await query("MATCH (t:Tie) WHERE t.importKey STARTS WITH 'icews:' RETURN count(t) AS count")).toEqual([{ count: 5 }]);
    expect((await appliedMigrations()).map((migration) => migration.id)).toEqual((await readMigrations()).map((migration) => migration.id));
    expect(await query("SHOW INDEXES YIELD name, state WHERE name = 'actor_names' RETURN state")).toEqual([{ state: 'ONLINE' }]);
  });

  it('applies no migration again to a database that has them all, and imports the same file once', async () => {
    const migrations = await appliedMigrations();
    const first = JSON.parse(await runImportCommand([FIXTURE, '--json'], 'import-test'));
    const second = JSON.parse(await runImportCommand([FIXTURE, '--json'], 'import-test'));

    expect(first.created.ties).toBe(5);
    expect(second.created).toEqual({ actors: 0, ties: 0, meetings: 0, sources: 0 });
    expect(await appliedMigrations()).toEqual(migrations);
  });
});
