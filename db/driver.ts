import 'server-only';
import { Neo4jError, type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import { createDriver, readNeo4jSettings, type Neo4jSettings } from './connection';
import { toAppError } from './errors';
import { Slots } from './slots';

interface DriverHolder {
  driver: Driver;
  settings: Neo4jSettings;
}

// Kept on globalThis so that dev-server reloads reuse one connection pool instead of opening a new one each time.
const globalForNeo4j = globalThis as typeof globalThis & { __parleyNeo4j?: DriverHolder };

function holder(): DriverHolder {
  if (!globalForNeo4j.__parleyNeo4j) {
    const settings = readNeo4jSettings();
    const driver = createDriver(settings);
    globalForNeo4j.__parleyNeo4j = { driver, settings };
    closeOnShutdown(driver);
  }
  return globalForNeo4j.__parleyNeo4j;
}

function closeOnShutdown(driver: Driver): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void driver.close().finally(() => {
        // Exit only when nobody else (such as Next's own server) handles the signal.
        if (process.listenerCount(signal) === 0) process.exit(0);
      });
    });
  }
}

export function getDriver(): Driver {
  return holder().driver;
}

/** Closes the process's driver; the next query opens a new one. */
export async function closeDriver(): Promise<void> {
  const current = globalForNeo4j.__parleyNeo4j;
  globalForNeo4j.__parleyNeo4j = undefined;
  await current?.driver.close();
}

/** Opens a session, runs `work` in it, closes it; whatever the driver throws leaves as an AppError. */
async function withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
  const session = getDriver().session({ database: holder().settings.database, defaultAccessMode: mode });
  try {
    return await work(session);
  } catch (error) {
    throw toAppError(error);
  } finally {
    await session.close();
  }
}

/** Runs `work` in a managed read transaction, retried by the driver on transient errors. */
export function readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession('READ', (session) => session.executeRead(work));
}

// A quarter of the driver's default pool of 100 connections: reads always find a connection, whatever the writes do.
const writeSlots = new Slots(25);

/** Runs `work` in a managed write transaction: all of it is written, or none of it. */
export function writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return writeSlots.run(() => withSession('WRITE', (session) => session.executeWrite(work)));
}

/**
 * Runs `work` in a managed read transaction that Neo4j stops after `ms`, and answers null when it did: for
 * searches whose cost the data can blow up, and that have a cheaper answer to fall back on.
 */
export function readWithin<T>(ms: number, work: (tx: ManagedTransaction) => Promise<T>): Promise<T | null> {
  return withSession('READ', async (session) => {
    try {
      return await session.executeRead(work, { timeout: ms });
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') return null;
      throw error;
    }
  });
}

/** Runs one read query once, without retries: for checks that must answer at once, such as the health check. */
export function readOnce<T extends RecordShape>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  return withSession('READ', async (session) => {
    const result = await session.run<T>(query, parameters);
    return result.records.map((record) => record.toObject());
  });
}
