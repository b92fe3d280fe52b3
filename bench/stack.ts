import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the bench starts and stops: the embedded Neo4j of a size (db/stack/neo4j.mjs, as `npm test` starts it),
 * and the production build of the app served by `next start`. Everything started is registered in `started`,
 * so that one `stopAll()` (also on failure, Ctrl-C) stops it.
 */

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH_DATA = path.join(ROOT, '.data/bench');
export const DIST_DIR = '.next-bench';
export const NEO4J_PASSWORD = 'parley-bench';
const BIN = path.join(ROOT, 'node_modules/.bin');
/** The sources of a build, as `npm start` hashes them (db/stack/start.mjs). */
const APP_SOURCES = ['app', 'components', 'lib', 'db', 'public', 'proxy.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json'];

interface InstallModule {
  ensureNodeModules(): void;
  ensureLauncher(): void;
  ensureChromium(): void;
  hashFiles(paths: string[]): string;
}
/** Typed by its declaration file (db/stack/neo4j.d.mts), as the tests that start a Neo4j use it. */
type Neo4jModule = typeof import('../db/stack/neo4j.mjs');

// The orchestration helpers are plain .mjs files, loaded by URL; install.mjs has no declaration file, so it is typed here.
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(ROOT, file)).href)) as T;
export const install = () => load<InstallModule>('db/stack/install.mjs');
export const neo4jStack = () => load<Neo4jModule>('db/stack/neo4j.mjs');

const stoppers: (() => Promise<void>)[] = [];

/**
 * The read deadlines of the bench's own process (db/connection.ts), set where the user set none: its in-process
 * reads (the inputs it draws, the driver column) wait as long as a query takes, so that the driver column says how
 * long that is on `large`. The app under test keeps the deadlines it ships with (`startApp` passes on the user's).
 */
const BENCH_OWN_DEADLINES = { PARLEY_READ_DEADLINE_MS: '600000', PARLEY_LARGE_READ_DEADLINE_MS: '600000' };
const usersDeadlines = Object.fromEntries(Object.keys(BENCH_OWN_DEADLINES).map((name) => [name, process.env[name]]));

export function liftOwnDeadlines(): void {
  for (const [name, value] of Object.entries(BENCH_OWN_DEADLINES)) process.env[name] ??= value;
}

/** Stops everything started, newest first; safe to call twice. */
export async function stopAll(): Promise<void> {
  while (stoppers.length) {
    const stop = stoppers.pop()!;
    await stop().catch((error: unknown) => log(`could not stop something: ${String(error)}`));
  }
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export interface RunningNeo4j {
  uri: string;
  port: number;
  /** The Java process, for its heap figures (./footprint). */
  pid: number;
  dataDir: string;
  memory: Neo4jMemory;
  stop(): Promise<void>;
}

export interface Neo4jMemory {
  heap: string;
  pageCache: string;
}

/**
 * Neo4j's memory for each size. The page cache is to hold the whole store, so that no measured action waits on
 * the disk; the bench prints store, cache and live heap side by side. large's store came to 1.72 GB (its 2.5 GB of
 * transaction logs are not read through the cache): 4 GB holds it with room for what the write action adds. Its
 * live heap after the load is small (0.05 GB); the heap is for the queries' working sets, and large's widest — the
 * whole-graph PageRank over a million ties, the views among its hubs, tens of thousands of claims — and G1 want
 * headroom, so 4 GB. 4 + 4 GB of this machine's 24 leave room for the app, Chromium and the OS's file cache.
 * PARLEY_NEO4J_HEAP and PARLEY_NEO4J_PAGECACHE override both.
 */
const MEMORY: Record<string, Neo4jMemory> = {
  small: { heap: '1g', pageCache: '512m' },
  medium: { heap: '2g', pageCache: '1g' },
  large: { heap: '4g', pageCache: '4g' },
};

function memoryFor(size: string): Neo4jMemory {
  const chosen = MEMORY[size.split('-x')[0]!] ?? MEMORY.medium!;
  return { heap: process.env.PARLEY_NEO4J_HEAP || chosen.heap, pageCache: process.env.PARLEY_NEO4J_PAGECACHE || chosen.pageCache };
}

export async function startNeo4j(size: string, { fresh }: { fresh: boolean }): Promise<RunningNeo4j> {
  const { freePort, startEmbeddedNeo4j } = await neo4jStack();
  const dataDir = path.join(BENCH_DATA, size, 'neo4j');
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const memory = memoryFor(size);
  log(`starting Neo4j for ${size} on 127.0.0.1:${port} (heap ${memory.heap}, page cache ${memory.pageCache}, data in .data/bench/${size}/neo4j)…`);
  const neo4j = await startEmbeddedNeo4j({
    port,
    dataDir,
    password: NEO4J_PASSWORD,
    ...memory,
    logFile: path.join(BENCH_DATA, size, 'neo4j.log'),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await neo4j.stop();
    log(`Neo4j for ${size} stopped`);
  };
  stoppers.push(stop);
  return { uri: neo4j.uri, port, pid: neo4j.pid, dataDir, memory, stop };
}

/** Builds the app into .next-bench unless its sources are those of the last bench build. */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  const { hashFiles } = await install();
  const stampFile = path.join(ROOT, DIST_DIR, 'parley-source-stamp');
  const hash = hashFiles(APP_SOURCES);
  if (existsSync(path.join(ROOT, DIST_DIR, 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    log(`app build in ${DIST_DIR}: up to date`);
    return;
  }
  log(`building the app (next build, into ${DIST_DIR})…`);
  const buildLog = path.join(BENCH_DATA, 'next-build.log');
  mkdirSync(BENCH_DATA, { recursive: true });
  const code = await runToLog(path.join(BIN, 'next'), ['build'], { ...env, PARLEY_DIST_DIR: DIST_DIR }, buildLog);
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${path.relative(ROOT, buildLog)}`);
  writeFileSync(stampFile, hash);
}

function runToLog(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const output = createWriteStream(logFile);
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(output);
    child.stderr.pipe(output);
    stoppers.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    });
    child.once('error', () => resolve(1));
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

export interface RunningApp {
  origin: string;
  stop(): Promise<void>;
}

/**
 * The app's server (db/stack/server.mjs, as `npm start` runs it) on a free loopback port, against the given Neo4j. Node's HTTP header limit is raised to 64 KB
 * (NODE_OPTIONS=--max-http-header-size) so that the browser bench's largest shared links (`/?a=…` with hundreds
 * of ids) are served at all; the default 16 KB refuses them with 431. The per-user write limit is raised for the
 * write action.
 */
export async function startApp(neo4jUri: string, label: string): Promise<RunningApp> {
  const { freePort } = await neo4jStack();
  const port = await freePort();
  const logFile = path.join(BENCH_DATA, `server-${label}.log`);
  const output = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'db/stack/server.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...usersDeadlines,
      NEO4J_URI: neo4jUri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD,
      NEO4J_DATABASE: '',
      PARLEY_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-http-header-size=65536`.trim(),
      // The write action runs a few hundred times a minute, over the default limit of 120 writes per user.
      PARLEY_WRITE_LIMIT: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(output);
  child.stderr!.pipe(output);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    log(`app (${label}) stopped`);
  };
  stoppers.push(stop);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app's server exited (code ${child.exitCode}); see ${path.relative(ROOT, logFile)}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app did not answer within 60 s; see ${path.relative(ROOT, logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(`app (${label}) is serving at ${origin}`);
  return { origin, stop };
}
