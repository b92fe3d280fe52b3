import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadBatch } from '../db/bulk/load';
import { createDriver, readNeo4jSettings } from '../db/connection';
import { closeDriver, getDriver } from '../db/driver';
import { migrate } from '../db/migrate';
import { GENERATOR_VERSION, SIZES, generateBatch, type SizeName, type SizeSpec } from './generate';
import { BENCH_DATA, NEO4J_PASSWORD, log, startNeo4j, type RunningNeo4j } from './stack';

/** The name revisions of generated records carry. */
export const BENCH_EDITOR = 'bench-generator';

export interface DatasetInfo {
  size: string;
  generatorVersion: number;
  spec: SizeSpec;
  created: { actors: number; relations: number; meetings: number; sources: number };
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
export async function useDatabase(uri: string): Promise<void> {
  await closeDriver();
  Object.assign(process.env, { NEO4J_URI: uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD, NEO4J_DATABASE: '' });
}

/**
 * Starts the Neo4j of a size with its data set: reused from `.data/bench/<size>` when a complete one is there
 * (made by this generator version), else generated and written through the import's bulk path, reporting the
 * load rate. Migrations are applied either way, so a new migration (an index) reaches stored data sets.
 */
export async function openDataset(size: SizeName, { regenerate, spec = SIZES[size] }: { regenerate: boolean; spec?: SizeSpec }): Promise<{ neo4j: RunningNeo4j; info: DatasetInfo }> {
  const stored = regenerate ? null : readInfo(size);
  const neo4j = await startNeo4j(size, { fresh: !stored });
  await useDatabase(neo4j.uri);
  const admin = createDriver(readNeo4jSettings());
  try {
    const applied = await migrate(admin, undefined);
    if (applied.length) log(`migrations applied to ${size}: ${applied.join(', ')}`);
  } finally {
    await admin.close();
  }
  if (stored) {
    log(`${size}: reusing the data set made ${stored.loadedAt} (${stored.records} records, loaded at ${Math.round(stored.recordsPerSecond)} records/s)`);
    return { neo4j, info: stored };
  }

  log(`${size}: generating ${spec.actors} actors, ${spec.relations} ties, ${spec.meetings} meetings, ${spec.sources} sources…`);
  const batch = generateBatch(spec);
  const records = batch.rows;
  log(`${size}: loading ${records} records through db/bulk loadBatch…`);
  const started = performance.now();
  let lastReport = started;
  const report = await loadBatch(batch, {
    // The generator writes with the database's own credentials, signed as itself.
    principal: { id: BENCH_EDITOR, username: BENCH_EDITOR, name: BENCH_EDITOR, role: 'editor' },
    dryRun: false,
    chunkSize: 1000,
    onProgress: ({ done, total }) => {
      const now = performance.now();
      if (now - lastReport < 10_000 && done < total) return;
      lastReport = now;
      const rate = done / ((now - started) / 1000);
      log(`${size}: ${done}/${total} records, ${Math.round(rate)} records/s, ~${Math.round((total - done) / Math.max(rate, 1))} s left`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (report.errors.length) log(`${size}: ${report.errors.length} rows in error, the first: ${JSON.stringify(report.errors[0])}`);
  const info: DatasetInfo = {
    size,
    generatorVersion: GENERATOR_VERSION,
    spec,
    created: report.created,
    records,
    seconds,
    recordsPerSecond: records / seconds,
    loadedAt: new Date().toISOString(),
  };
  mkdirSync(path.dirname(infoFile(size)), { recursive: true });
  writeFileSync(infoFile(size), `${JSON.stringify(info, null, 2)}\n`);
  log(`${size}: loaded in ${seconds.toFixed(1)} s, ${Math.round(info.recordsPerSecond)} records/s; created ${JSON.stringify(report.created)}`);
  return { neo4j, info };
}

/** Neo4j's version, as the server reports it. */
export async function neo4jVersion(): Promise<string> {
  const { records } = await getDriver().executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  const record = records[0];
  return record ? `${record.get('name')} ${record.get('version')} ${record.get('edition')}` : 'unknown';
}
