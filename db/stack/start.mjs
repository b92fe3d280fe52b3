// `npm start`: installs what is missing, starts the embedded Neo4j (unless NEO4J_URI names another), applies the
// migrations, loads the demo data, builds the app when its sources changed, and serves it until Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureLauncher, ensureNodeModules, hashFiles, log, ROOT, run } from './install.mjs';
import { startEmbeddedNeo4j } from './neo4j.mjs';

const APP_SOURCES = ['app', 'components', 'lib', 'db', 'public', 'next.config.js', 'tsconfig.json', 'package-lock.json'];
const BIN = path.join(ROOT, 'node_modules/.bin');

async function main() {
  ensureNodeModules();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  let neo4j;
  if (env.NEO4J_URI) {
    log(`Using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI); no embedded Neo4j is started.`);
  } else {
    ensureLauncher();
    const port = Number(env.PARLEY_NEO4J_PORT || 7687);
    log(`Starting the embedded Neo4j on 127.0.0.1:${port} (data in .data/neo4j)…`);
    neo4j = await startEmbeddedNeo4j({
      port,
      dataDir: path.join(ROOT, '.data/neo4j'),
      password: env.NEO4J_PASSWORD || 'parley-local',
      logFile: path.join(ROOT, '.data/logs/neo4j.log'),
    });
    env.NEO4J_URI = neo4j.uri;
  }

  try {
    run(path.join(BIN, 'tsx'), ['db/cli/setup.ts'], { env });
    buildIfChanged(env);
  } catch (error) {
    await neo4j?.stop();
    throw error;
  }

  const port = env.PORT || '3000';
  const server = spawn(process.execPath, ['db/stack/server.mjs', '-p', port], { cwd: ROOT, env, stdio: 'inherit' });
  log(`Parley is running at http://localhost:${port} — press Ctrl-C to stop.`);

  let shuttingDown = false;
  const shutDown = async (exitCode) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('Stopping…');
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    if (neo4j) {
      await neo4j.stop();
      log('Neo4j stopped cleanly.');
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));
  server.on('exit', (code) => void shutDown(code ?? 0));
  neo4j?.exited.then(({ code }) => {
    if (!shuttingDown) {
      log(`Neo4j exited unexpectedly (code ${code}); see .data/logs/neo4j.log`);
      void shutDown(1);
    }
  });
}

/** `next build` only when the sources differ from those of the last build, so a second start is quick. */
function buildIfChanged(env) {
  const stampFile = path.join(ROOT, '.next/parley-source-stamp');
  const sourcesHash = hashFiles(APP_SOURCES);
  if (existsSync(path.join(ROOT, '.next/BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourcesHash) {
    log('App build: up to date');
    return;
  }
  log('Building the app (next build)…');
  run(path.join(BIN, 'next'), ['build'], { env });
  writeFileSync(stampFile, sourcesHash);
}

main().catch((error) => {
  console.error(`[parley] ${error.message}`);
  process.exit(1);
});
