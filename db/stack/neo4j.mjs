// Starts and stops the embedded Neo4j launcher (db/launcher) as a child process.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LAUNCHER_DIR, log } from './install.mjs';

const READY = /^PARLEY_NEO4J_READY (\S+)/;
const JVM_OPTIONS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j on 127.0.0.1:port with its store in dataDir, and resolves once Bolt accepts connections.
 * The launcher's output goes to logFile. stop() shuts Neo4j down cleanly (it exits when its stdin closes).
 */
export async function startEmbeddedNeo4j({
  port,
  dataDir,
  password,
  logFile,
  heap = process.env.PARLEY_NEO4J_HEAP || '1g',
  pageCache = process.env.PARLEY_NEO4J_PAGECACHE || '512m',
}) {
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use (another Parley or Neo4j?). Stop it, set PARLEY_NEO4J_PORT ` +
        'to another port, or set NEO4J_URI to use that Neo4j.',
    );
  }
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(path.dirname(logFile), { recursive: true });
  const output = createWriteStream(logFile, { flags: 'a' });
  const classpath = [path.join(LAUNCHER_DIR, 'target/classes'), path.join(LAUNCHER_DIR, 'target/lib/*')].join(path.delimiter);
  const child = spawn('java', [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_OPTIONS, '-cp', classpath, 'org.parley.launcher.EmbeddedNeo4j'], {
    env: { ...process.env, PARLEY_NEO4J_PORT: String(port), PARLEY_NEO4J_DATA: dataDir, PARLEY_NEO4J_PAGECACHE: pageCache, NEO4J_PASSWORD: password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stderr.pipe(output);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within 180 s; see ${logFile}`)), 180_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      output.write(`${line}\n`);
      const match = READY.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run java: ${error.message}`));
    });
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited during start-up (code ${code}); see ${logFile}`));
    });
  });
  let uri;
  try {
    uri = await ready;
  } catch (error) {
    // A launcher that never became ready must not linger, holding the port and the store's lock.
    child.kill('SIGKILL');
    throw error;
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(killer);
      output.end();
    })();
    return stopping;
  };
  log(`Neo4j is ready at ${uri}`);
  // The Java process itself (no shell between): what a test freezes with SIGSTOP to play a database that hangs.
  return { uri, pid: child.pid, stop, exited };
}
