// `npm test`: installs what is missing, lints (ESLint, no warning allowed), starts a throw-away Neo4j on a free
// port, runs the unit and integration tests (Vitest) and the end-to-end tests (Playwright in Debian's Chromium)
// against it, stops what it started (also when tests fail) and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureChromium, ensureLauncher, ensureNodeModules, log, ROOT } from './install.mjs';
import { freePort, startEmbeddedNeo4j } from './neo4j.mjs';

const BIN = path.join(ROOT, 'node_modules/.bin');
const REPORTS = path.join(ROOT, 'test-results');

function runStep(command, args, env, program = path.join(BIN, command)) {
  return new Promise((resolve) => {
    const child = spawn(program, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`[parley] ${command} could not be run: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** The lint as `npm run lint` runs it (package.json holds its options); its findings are printed as they come. */
async function lint(env) {
  log('Lint (ESLint, no warning allowed)…');
  const started = performance.now();
  const code = await runStep('npm', ['run', '--silent', 'lint'], env, 'npm');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(code === 0 ? `lint: clean (${seconds} s)` : `lint: FAILED (exit ${code}, ${seconds} s): fix the findings listed above`);
  return code;
}

/** Counts from both runners' JSON reports, and the lint as one check, for one closing line. */
function tally(lintCode) {
  const vitest = readJson(path.join(REPORTS, 'vitest.json'));
  const playwright = readJson(path.join(REPORTS, 'playwright.json'));
  const lintPassed = lintCode === 0 ? 1 : 0;
  const passed = lintPassed + (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  const failed = 1 - lintPassed + (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
  const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
  return { passed, failed, skipped };
}

async function main() {
  ensureNodeModules();
  // First, since it needs no database: a finding shows before the slow steps (which run anyway).
  const lintCode = await lint(process.env);
  ensureLauncher();
  ensureChromium();
  rmSync(REPORTS, { recursive: true, force: true });

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-test-neo4j-'));
  const password = 'parley-test';
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir,
    password,
    logFile: path.join(REPORTS, 'neo4j.log'),
  });
  const stopAll = async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }

  const env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: '',
    // Lets the test helpers wipe the database; they refuse to without it.
    PARLEY_TEST_DATABASE: '1',
    PARLEY_DIST_DIR: '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  // Every step runs even when an earlier one failed, so that one run reports every failure.
  const exitCodes = [lintCode];
  try {
    log('Unit and integration tests (Vitest, against the throw-away Neo4j)…');
    exitCodes.push(await runStep('vitest', ['run', '--config', 'db/stack/vitest.config.mts'], env));
    log('Building the app for the end-to-end tests…');
    const buildCode = await runStep('next', ['build'], env);
    exitCodes.push(buildCode);
    if (buildCode === 0) {
      log('End-to-end tests (Playwright, headless Chromium)…');
      const port = String(await freePort());
      exitCodes.push(await runStep('playwright', ['test', '--config', 'e2e/playwright.config.ts'], { ...env, PLAYWRIGHT_PORT: port }));
    }
  } finally {
    await stopAll();
  }
  const { passed, failed, skipped } = tally(lintCode);
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(exitCodes.find((code) => code !== 0) ?? (failed ? 1 : 0));
}

main().catch((error) => {
  console.error(`[parley] ${error.message}`);
  process.exit(1);
});
