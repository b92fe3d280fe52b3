import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bootstrapAdmin } from '../db/accounts/users';
import { loadBatch } from '../db/bulk/load';
import type { Principal } from '../lib/auth/roles';
import { createDriver, readNeo4jSettings } from '../db/connection';
import { closeDriver, getDriver } from '../db/driver';
import { migrate } from '../db/migrate';
import { GENERATOR_VERSION, SIZES, generateBatch, type SizeName, type SizeSpec } from './generate';
import { BENCH_DATA, NEO4J_PASSWORD, log, startNeo4j, type RunningNeo4j } from './stack';

/** The account the bench signs in with (an admin of the bench database only): it loads the data and writes. */
export const BENCH_USER = { username: 'bench', name: 'Bench', password: 'parley-bench-password' } as const;

/** Creates (or resets) the bench account directly in the bench database, as `npm run admin:create` does. */
export async function benchPrincipal(): Promise<Principal> {
  const { user } = await bootstrapAdmin(BENCH_USER);
  return { id: user.id, username: user.username, name: user.name, role: user.role };
}

export interface DatasetInfo {
  size: string;
  generatorVersion: number;
  spec: SizeSpec;
  created: { actors: number; ties: number; meetings: number; sources: number };
  records: number;
  seconds: number;
  recordsPerSecond: number;
  loadedAt: string;
}

const infoFile = (size: string) => path.join(BENCH_DATA, size, 'dataset.json');

function readInfo(size: string): DatasetInfo | null {
  if (!existsSync(infoFile(size))) return null;
  const info = JSON.parse(readFileSync(infoFile(size), 'utf8')) as DatasetInfo;
  return info.generatorVersion === GENERATOR_VERSION ? info : null;
}

/** Points this process's db/ modules (db/driver.ts) at the given Neo4j. */
export async function pointAtDatabase(uri: string): Promise<void> {
  await closeDriver();
  Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD, NEO4J_DATABASE: '' });
}

/**
 * Starts the Neo4j of a size with its data set: reused from `.data/bench/<size>` when a complete one is there
 * (made by this generator version), else generated and written through the import's bulk path, reporting the
 * load rate. Migrations are applied either way, so a new migration (an index) reaches stored data sets.
 */
export async function openDataset(
  size: SizeName,
  { regenerate, scale = 1 }: { regenerate: boolean; scale?: number },
): Promise<{ neo4j: RunningNeo4j; info: DatasetInfo; principal: Principal; label: string }> {
  // A reduced size (`--scale 0.5`) is another data set, in its own folder, and labelled so wherever it is shown.
  const label = scale === 1 ? size : `${size}×${scale}`;
  const folder = scale === 1 ? size : `${size}-x${scale}`;
  const spec = scaled(SIZES[size], scale);
  const stored = regenerate ? null : readInfo(folder);
  const neo4j = await startNeo4j(folder, { fresh: !stored });
  await pointAtDatabase(neo4j.uri);
  const admin = createDriver(readNeo4jSettings());
  try {
    const applied = await migrate(admin, undefined);
    if (applied.length) log(`migrations applied to ${size}: ${applied.join(', ')}`);
  } finally {
    await admin.close();
  }
  const principal = await benchPrincipal();
  if (stored) {
    log(`${label}: reusing the data set made ${stored.loadedAt} (${stored.records} records, loaded at ${Math.round(stored.recordsPerSecond)} records/s)`);
    return { neo4j, info: stored, principal, label };
  }

  log(`${label}: generating ${spec.actors} actors, ${spec.ties} ties, ${spec.meetings} meetings, ${spec.sources} sources…`);
  const batch = generateBatch(spec);
  const records = batch.rows;
  log(`${label}: loading ${records} records through db/bulk loadBatch…`);
  const started = performance.now();
  let lastReport = started;
  const report = await loadBatch(batch, {
    // Signed by the bench account made above in the bench database (an admin there, nowhere else).
    principal,
    dryRun: false,
    chunkSize: 1000,
    onProgress: ({ done, total }) => {
      const now = performance.now();
      if (now - lastReport < 10_000 && done < total) return;
      lastReport = now;
      const rate = done / ((now - started) / 1000);
      log(`${label}: ${done}/${total} records, ${Math.round(rate)} records/s, ~${Math.round((total - done) / Math.max(rate, 1))} s left`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (report.errors.length) log(`${label}: ${report.errors.length} rows in error, the first: ${JSON.stringify(report.errors[0])}`);
  const info: DatasetInfo = {
    size: label,
    generatorVersion: GENERATOR_VERSION,
    spec,
    created: report.created,
    records,
    seconds,
    recordsPerSecond: records / seconds,
    loadedAt: new Date().toISOString(),
  };
  mkdirSync(path.dirname(infoFile(folder)), { recursive: true });
  writeFileSync(infoFile(folder), `${JSON.stringify(info, null, 2)}\n`);
  log(`${label}: loaded in ${seconds.toFixed(1)} s, ${Math.round(info.recordsPerSecond)} records/s; created ${JSON.stringify(report.created)}`);
  return { neo4j, info, principal, label };
}

function scaled(spec: SizeSpec, scale: number): SizeSpec {
  const of = (count: number) => Math.max(1, Math.round(count * scale));
  return { actors: of(spec.actors), ties: of(spec.ties), meetings: of(spec.meetings), sources: of(spec.sources) };
}

/** Neo4j's version, as the server reports it. */
export async function neo4jVersion(): Promise<string> {
  const { records } = await getDriver().executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const record = records[0];
  return record ? `${record.get('name')} ${record.get('version')} ${record.get('edition')}` : 'unknown';
}
