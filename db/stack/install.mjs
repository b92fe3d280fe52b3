// Installs what `npm start` and `npm test` need and is missing: npm packages, the Neo4j launcher's Maven build,
// and (for tests) Debian's Chromium. Plain Node with no dependencies, since it runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const LAUNCHER_DIR = path.join(ROOT, 'db/launcher');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function log(message) {
  console.log(`[parley] ${message}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.error) throw new Error(`${command} could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** A hash of files' contents; folders are walked (skipping build output), missing paths are skipped. */
export function hashFiles(paths) {
  const hash = createHash('sha256');
  const visit = (file) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) {
        if (entry === 'node_modules' || entry === 'target' || entry.startsWith('.')) continue;
        visit(path.join(file, entry));
      }
      return;
    }
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  };
  for (const file of paths) visit(path.join(ROOT, file));
  return hash.digest('hex');
}

/** Runs `install` unless the stamp file records the same inputs hash; then records it. */
function unlessUpToDate(stampFile, inputsHash, install) {
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === inputsHash) return false;
  install();
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, inputsHash);
  return true;
}

function requireCommand(command, versionFlag, hint) {
  const result = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  if (result.error || result.status !== 0) throw new Error(`${command} is needed but was not found. ${hint}`);
}

export function ensureNodeModules() {
  const installed = unlessUpToDate(
    path.join(ROOT, 'node_modules/.parley-install-stamp'),
    hashFiles(['package.json', 'package-lock.json']),
    () => {
      log('Installing npm packages…');
      run('npm', ['ci', '--no-audit', '--no-fund']);
    },
  );
  if (!installed) log('npm packages: up to date');
}

export function ensureLauncher() {
  const installed = unlessUpToDate(
    path.join(LAUNCHER_DIR, 'target/.parley-build-stamp'),
    hashFiles(['db/launcher/pom.xml', 'db/launcher/src']),
    () => {
      requireCommand('java', '-version', 'Install a Java 17 JDK.');
      requireCommand('mvn', '--version', 'Install Apache Maven.');
      log('Building the embedded Neo4j launcher (Maven)…');
      run('mvn', ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package']);
    },
  );
  if (!installed) log('Neo4j launcher: up to date');
}

export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return;
  log(`Chromium is missing at ${CHROMIUM_PATH}; installing Debian's chromium package…`);
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args]) : run('apt-get', args));
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', 'chromium']);
  } catch (error) {
    throw new Error(
      `Could not install Chromium (${error.message}). Run "apt-get install -y chromium" as root, ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}
