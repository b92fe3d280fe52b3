import { isInt, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { closeDriver } from '../driver';
import { createTestUser, type TestUser } from './accounts';
import { countEverything, createTestDriver, resetToDemoData, runCypher, testDatabaseSettings } from './database';

/** Driver integers as numbers, so that rows compare with plain values. */
function plain(value: unknown): unknown {
  return isInt(value) ? value.toNumber() : value;
}

export interface DemoDatabase {
  /** Runs one Cypher statement, for tests that edit data (such as deleting a record). */
  run(query: string, parameters?: Record<string, unknown>): Promise<void>;
  /** Puts the demo data back, undoing what earlier tests edited. */
  reset(): Promise<void>;
  /** Counts of every label and relationship type (see `countEverything`), to show that a refused write wrote nothing. */
  counts(): Promise<Record<string, number>>;
  /** Runs one read query and answers its rows as plain objects (integers as numbers). */
  query(query: string, parameters?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
  /** Adds a user with a session beside the three test accounts (see db/testing/accounts). */
  addUser(user: TestUser): Promise<void>;
  /** The suite's driver, for code that takes one (a loader's transactions, the migrations). */
  driver(): Driver;
}

/**
 * For a suite that reads the demo data: resets the database to it before the suite (or, with `reset: 'each'`,
 * before every test, for suites whose tests each write) and again after it, so that what a test edits never leaks
 * into the next file, and closes the test driver and the app's driver at the end.
 */
export function useDemoDatabase({ reset = 'suite' }: { reset?: 'suite' | 'each' } = {}): DemoDatabase {
  let driver: Driver;
  beforeAll(async () => {
    driver = createTestDriver();
    if (reset === 'suite') await resetToDemoData(driver);
  });
  if (reset === 'each') beforeEach(() => resetToDemoData(driver));
  afterAll(async () => {
    await resetToDemoData(driver);
    await driver.close();
    await closeDriver();
  });
  return {
    run: (query, parameters) => runCypher(driver, query, parameters),
    reset: () => resetToDemoData(driver),
    counts: () => countEverything(driver),
    addUser: (user) => createTestUser(driver, user),
    driver: () => driver,
    query: async (query, parameters = {}) => {
      const { records } = await driver.executeQuery(query, parameters, { database: testDatabaseSettings().database });
      return records.map((record) => Object.fromEntries(record.keys.map((key) => [key, plain(record.get(key))])));
    },
  };
}
