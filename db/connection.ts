import neo4j, { type Config, type Driver } from 'neo4j-driver';

/** Where Neo4j is, from the environment; the defaults match the embedded launcher that `npm start` runs. */
export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  /** Unset means the server's default database. */
  database: string | undefined;
}

export const EMBEDDED_DEFAULTS = {
  port: 7687,
  username: 'neo4j',
  password: 'parley-local',
} as const;

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env.NEO4J_URI || `bolt://127.0.0.1:${EMBEDDED_DEFAULTS.port}`,
    username: env.NEO4J_USERNAME || EMBEDDED_DEFAULTS.username,
    password: env.NEO4J_PASSWORD || EMBEDDED_DEFAULTS.password,
    database: env.NEO4J_DATABASE || undefined,
  };
}

/**
 * How long one database call may take, waiting for a slot and a connection, the query and the driver's retries
 * included, before its request answers 503 (db/driver.ts). A server that stopped answering (a long GC pause, a full
 * disk, a network partition) enforces no timeout of its own, so these are kept on Parley's side.
 */
export interface Deadlines {
  /** A read that a page or an API answer waits for. */
  read: number;
  /** A read whose answer can be large: an export, a snapshot's whole content. */
  largeRead: number;
  /** The health check, which has to answer quicker than anything it diagnoses. */
  health: number;
  /** A write transaction (one record, with its citations and revisions). */
  write: number;
  /** One chunk of an import (up to 10,000 records in one transaction). */
  importChunk: number;
}

const DEFAULT_DEADLINES: Deadlines = { read: 5_000, largeRead: 30_000, health: 2_000, write: 10_000, importChunk: 120_000 };

const DEADLINE_ENV: Record<keyof Deadlines, string> = {
  read: 'PARLEY_READ_DEADLINE_MS',
  largeRead: 'PARLEY_LARGE_READ_DEADLINE_MS',
  health: 'PARLEY_HEALTH_DEADLINE_MS',
  write: 'PARLEY_WRITE_DEADLINE_MS',
  importChunk: 'PARLEY_IMPORT_DEADLINE_MS',
};

/** A positive whole number from the environment, or `fallback` when the variable is unset. */
function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
  return value;
}

/** The deadlines, each from its environment variable (milliseconds) or its default. */
export function readDeadlines(env: NodeJS.ProcessEnv = process.env): Deadlines {
  const kinds = Object.keys(DEADLINE_ENV) as (keyof Deadlines)[];
  return Object.fromEntries(kinds.map((kind) => [kind, positiveInteger(env, DEADLINE_ENV[kind], DEFAULT_DEADLINES[kind])])) as unknown as Deadlines;
}

/**
 * How many reads may wait on Neo4j at once (`PARLEY_READ_SLOTS`, 50 by default: half the driver's pool of 100, a
 * quarter going to writes); as many more may queue for a slot, and beyond them a read is refused at once.
 */
export function readSlotCount(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env, 'PARLEY_READ_SLOTS', 50);
}

// Short timeouts so that a database that is down is reported within seconds instead of hanging a request. A
// server that accepts connections but does not answer is bounded by the deadlines above, not by these.
const DRIVER_CONFIG: Config = {
  disableLosslessIntegers: true,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  maxTransactionRetryTime: 2_000,
  userAgent: 'parley',
};

export function createDriver(settings: Neo4jSettings = readNeo4jSettings()): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), DRIVER_CONFIG);
}
