import 'server-only';
import { routing, type Driver, type ManagedTransaction, type RecordShape, type Session } from 'neo4j-driver';
import { AppError } from '../lib/errors';
import { createDriver, readDeadlines, readNeo4jSettings, readSlotCount, type Deadlines, type Neo4jSettings } from './connection';
import { notAnswering, readTooLong, toAppError, TOO_MANY_WAITING_MESSAGE } from './errors';
import { Slots } from './slots';

interface DriverHolder {
  driver: Driver;
  settings: Neo4jSettings;
  deadlines: Deadlines;
  /** What may wait on Neo4j at once; a call stuck past its deadline keeps its slot until Neo4j lets it go. */
  slots: Record<'read' | 'write' | 'health', Slots>;
  /** The last `RETURN 1` sent to tell a hung Neo4j from a read that asks for too much (`answeringNow`). */
  probe: Probe | null;
}

interface Probe {
  sentAt: number;
  settled: boolean;
  answered: boolean;
}

// Kept on globalThis so that dev-server reloads reuse one connection pool instead of opening a new one each time.
const globalForNeo4j = globalThis as typeof globalThis & { __parleyNeo4j?: DriverHolder };

const refuseAtOnce = () => new AppError('database_busy', TOO_MANY_WAITING_MESSAGE);

/** How many reads may wait for each read slot before more are refused at once. */
export const READS_WAITING_PER_SLOT = 4;

function holder(): DriverHolder {
  if (!globalForNeo4j.__parleyNeo4j) {
    const settings = readNeo4jSettings();
    const driver = createDriver(settings);
    const reads = readSlotCount();
    globalForNeo4j.__parleyNeo4j = {
      driver,
      settings,
      deadlines: readDeadlines(),
      slots: {
        // Four times as many reads may queue (a burst of 200 writes looks up 200 sessions first); beyond them, a
        // quick 503 instead of a queue that grows while Neo4j hangs.
        read: new Slots(reads, { maxWaiting: reads * READS_WAITING_PER_SLOT, refuse: refuseAtOnce }),
        // A quarter of the driver's default pool of 100 connections: reads always find a connection, whatever the
        // writes do. A burst of 200 writes queues; past that the queue is full.
        write: new Slots(25, { maxWaiting: 200, refuse: refuseAtOnce }),
        // Two health checks at once; a third while both are stuck on a Neo4j that does not answer is told so.
        health: new Slots(2, { maxWaiting: 0, refuse: () => notAnswering('READ') }),
      },
      probe: null,
    };
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

type Mode = 'READ' | 'WRITE';

/** The deadlines (db/connection.ts) a reader may choose; writers choose between `write` and `importChunk`. */
export type ReadDeadline = 'read' | 'largeRead' | 'importChunk';
export type WriteDeadline = 'write' | 'importChunk';

/**
 * Runs `work` in a session of its own within the deadline `within`, which covers waiting for a
 * slot, for a connection, the query and the driver's retries; whatever the driver throws leaves as an AppError. Past the
 * deadline it answers 503 at once, and closes the session: the driver stops retrying, and Neo4j rolls the
 * transaction back when it gets to it (unless its commit was already sent, which is why a write's answer says the
 * outcome is unknown). The connection goes back to the pool once Neo4j answers the rollback; until then the call
 * keeps its slot, so that a hung database holds at most the slots' worth of connections.
 */
async function withSession<T>(mode: Mode, within: keyof Deadlines, work: (session: Session) => Promise<T>): Promise<T> {
  const current = holder();
  const { driver, settings, deadlines, slots } = current;
  const deadline = new AbortController();
  // A read past its deadline on a Neo4j that answers a `RETURN 1` sent shortly before is a read that asks for too
  // much, not a database that hangs: it says so (asking again would not help; asking for less would).
  const tellsTooLong = mode === 'READ' && within !== 'health';
  const lead = Math.min(PROBE_LEAD_MS, deadlines[within] / 2);
  // Only a probe sent late in this read's own time counts (timers fire late on a loaded machine, hence the half lead).
  const probeFrom = performance.now() + deadlines[within] - lead * 1.5;
  const probeTimer = tellsTooLong ? setTimeout(() => sendProbe(current, probeFrom), deadlines[within] - lead) : null;
  const pastDeadline = () => (tellsTooLong && answeringNow(current, probeFrom) ? readTooLong(deadlines[within]) : notAnswering(mode));
  const timer = setTimeout(() => deadline.abort(pastDeadline()), deadlines[within]);
  const slotsOfCall = within === 'health' ? slots.health : mode === 'READ' ? slots.read : slots.write;
  let session: Session | null = null;
  const running = slotsOfCall.run(async () => {
    session = driver.session({ database: settings.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }, deadline.signal);
  const expired = new Promise<never>((_, reject) => deadline.signal.addEventListener('abort', () => reject(deadline.signal.reason), { once: true }));
  try {
    return await Promise.race([running, expired]);
  } catch (error) {
    throw toAppError(error);
  } finally {
    clearTimeout(timer);
    if (probeTimer) clearTimeout(probeTimer);
    if (deadline.signal.aborted) {
      // Left to finish in the background: what it answers or throws after the deadline goes nowhere.
      running.catch(() => undefined);
      void (session as Session | null)?.close().catch(() => undefined);
    }
  }
}

/** How long before a read's deadline the probe is sent (at most half the deadline): time enough for it to come back. */
const PROBE_LEAD_MS = 1_000;

/**
 * Sends a `RETURN 1` unless one is still out (a Neo4j that hangs holds one connection for it, never more) or one
 * was sent since `since`. It takes no slot: it must get through when the reads' slots are full of a slow read.
 */
function sendProbe(current: DriverHolder, since: number): void {
  const last = current.probe;
  if (last && (!last.settled || last.sentAt >= since)) return;
  const probe: Probe = { sentAt: performance.now(), settled: false, answered: false };
  current.probe = probe;
  current.driver.executeQuery('RETURN 1', {}, { database: current.settings.database, routing: routing.READ }).then(
    () => Object.assign(probe, { settled: true, answered: true }),
    () => Object.assign(probe, { settled: true }),
  );
}

/** Whether a probe sent since `since` has been answered: Neo4j answers now, whatever a slow read is doing. */
function answeringNow(current: DriverHolder, since: number): boolean {
  const probe = current.probe;
  return probe !== null && probe.answered && probe.sentAt >= since;
}

/** Runs `work` in a managed read transaction, retried by the driver on transient errors, within its deadline. */
export function readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, within: ReadDeadline = 'read'): Promise<T> {
  return withSession('READ', within, (session) => session.executeRead(work));
}

/** Runs `work` in a managed write transaction: all of it is written, or none of it. */
export function writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>, within: WriteDeadline = 'write'): Promise<T> {
  return withSession('WRITE', within, (session) => session.executeWrite(work));
}

/** Runs one query as its own auto-commit transaction, without retries: Neo4j commits it as soon as it has run. */
function runOnce<T extends RecordShape>(mode: Mode, within: keyof Deadlines, query: string, parameters: Record<string, unknown>): Promise<T[]> {
  return withSession(mode, within, async (session) => {
    const result = await session.run<T>(query, parameters);
    return result.records.map((record) => record.toObject());
  });
}

/** Runs the health check's query once, without retries, within the health check's own (short) deadline. */
export function readOnce<T extends RecordShape>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  return runOnce<T>('READ', 'health', query, parameters);
}

/**
 * Runs one write query as its own transaction, committed by Neo4j when the query ends: the locks it takes are held
 * for the query alone, not also for a round trip to this process, as a managed transaction's are until its commit.
 */
export function writeOnce<T extends RecordShape>(query: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
  return runOnce<T>('WRITE', 'write', query, parameters);
}
