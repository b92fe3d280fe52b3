import type { Driver, EagerResult } from 'neo4j-driver';
import { createDriver, readNeo4jSettings, type Neo4jSettings } from '../connection';
import { migrate } from '../migrate';
import { loadDemoData } from '../seed/load';
import { createTestAccounts } from './accounts';

/**
 * Settings of the throw-away database that `npm test` starts. Refuses to give them unless PARLEY_TEST_DATABASE
 * is set, so that a test run can never wipe a database that holds real work.
 */
export function testDatabaseSettings(): Neo4jSettings {
  if (process.env.PARLEY_TEST_DATABASE !== '1') {
    throw new Error('Tests wipe their database: run them with `npm test`, which starts a throw-away Neo4j.');
  }
  return readNeo4jSettings();
}

export function createTestDriver(): Driver {
  return createDriver(testDatabaseSettings());
}

/** Deletes every record (the schema and the record of applied migrations stay). */
export async function wipeData(driver: Driver): Promise<void> {
  const { database } = testDatabaseSettings();
  await driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n', {}, { database });
}

/** The state every test starts from: the schema, the demo data and the test accounts (see ./accounts), nothing else. */
export async function resetToDemoData(driver: Driver): Promise<void> {
  const { database } = testDatabaseSettings();
  await migrate(driver, database);
  await wipeData(driver);
  await loadDemoData(driver, database);
  await createTestAccounts(driver);
}

/** Puts the demo data back with a driver of its own: for suites that hold no driver, after they edited data. */
export async function resetTestDatabase(): Promise<void> {
  const driver = createTestDriver();
  try {
    await resetToDemoData(driver);
  } finally {
    await driver.close();
  }
}

/** Runs one Cypher statement against the test database, for tests that edit data (such as deleting a record). */
export async function runCypher(driver: Driver, query: string, parameters: Record<string, unknown> = {}): Promise<void> {
  await driver.executeQuery(query, parameters, { database: testDatabaseSettings().database });
}

/**
 * How many nodes of each label and relationships of each type there are, and the sum of all record versions:
 * equal before and after a refused write means that it wrote nothing. The rate limits' counts and sign-in failures
 * are left out: a refused write or sign-in still counts as an attempt (db/accounts/limits.ts).
 */
export async function countEverything(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery<EagerResult<{ key: string; count: number }>>(
    `CALL () {
       MATCH (n) WHERE NOT n:RateCount AND NOT n:SignInFailures UNWIND labels(n) AS label RETURN 'label:' + label AS key, count(*) AS count
       UNION ALL
       MATCH ()-[r]->() RETURN 'type:' + type(r) AS key, count(*) AS count
       UNION ALL
       MATCH (n) WHERE n.version IS NOT NULL AND NOT n:Revision RETURN 'versions' AS key, sum(n.version) AS count
     }
     RETURN key, count ORDER BY key`,
    {},
    { database: testDatabaseSettings().database },
  );
  return Object.fromEntries(records.map((record) => [record.get('key'), Number(record.get('count'))]));
}
