import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver, EagerResult } from 'neo4j-driver';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` at a line end ends one; `//` lines are comments. */
export function parseStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cypher')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: parseStatements(text),
      };
    }),
  );
}

/** `CALL { … } IN TRANSACTIONS` (a rewrite of many records, in batches) commits its own batches: Neo4j only runs it in an auto-commit transaction. */
const BATCHED = /\bIN\s+TRANSACTIONS\b/i;

async function runStatement(driver: Driver, statement: string, database: string | undefined): Promise<void> {
  if (!BATCHED.test(statement)) {
    await driver.executeQuery(statement, {}, { database });
    return;
  }
  const session = driver.session({ database });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}

/**
 * Applies, in file order, the migrations the database has not recorded yet, and records each as a
 * `(:Migration)` node. Statements are written to be idempotent (`IF NOT EXISTS`), so a run that stopped
 * half-way is completed by the next. A recorded migration whose file changed is an error: migrations are
 * append-only. Returns the ids applied by this run.
 */
export async function migrate(driver: Driver, database?: string, dir?: string): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const { records } = await driver.executeQuery<EagerResult<{ id: string; checksum: string }>>(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum',
    {},
    { database },
  );
  const applied = new Map(records.map((record) => [record.get('id'), record.get('checksum')]));

  const appliedNow: string[] = [];
  for (const migration of migrations) {
    const recordedChecksum = applied.get(migration.id);
    if (recordedChecksum !== undefined) {
      if (recordedChecksum !== migration.checksum) {
        throw new Error(`Migration ${migration.id} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    // Schema statements cannot share a transaction with writes, so each runs on its own.
    for (const statement of migration.statements) {
      await runStatement(driver, statement, database);
    }
    await driver.executeQuery(
      'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()',
      { id: migration.id, checksum: migration.checksum },
      { database },
    );
    appliedNow.push(migration.id);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return appliedNow;
}
