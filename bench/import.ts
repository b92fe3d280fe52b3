/**
 * `npm run bench -- --import [--events 100000]`: the import row. In one run, on one fresh Neo4j of its own, loads the
 * same ICEWS file (made by db/bulk/icews-events, kept in .data/bench/import) two ways and prints both rates:
 *
 * - **Parley**: the file streamed through the bulk loader as `npm run import` runs it (db/bulk/stream): parsing,
 *   name matching, ids, the import's record, degrees, idempotency checks included.
 * - **raw UNWIND**: the least a graph of these events needs, from the same lines: the columns split on tabs,
 *   actors MERGEd by name and publishers by name (each with a uniqueness constraint), one node per event with its
 *   SUBJECT, OBJECT and CITES edges; under labels of its own (`Raw…`), so that neither load sees the other's data.
 *
 * - **Parley's writes alone**: the queries of Parley's load that create its records (`CREATE (n:…`), with the
 *   parameters it sent, replayed one after another on the wiped database: no parsing, matching or lookups. What
 *   is left of Parley's time is what its records cost to store (their properties and indexes), the rest the loader.
 *
 * The ratio raw / Parley is what the loader's guarantees cost; it should stay within 1.5×.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { driverTransactions, type ChunkTransactions } from '../db/bulk/chunks';
import { icewsEventFile } from '../db/bulk/icews-events';
import { chunksOfLines, DEFAULT_LINES_PER_CHUNK, linesOfFile, loadLines } from '../db/bulk/stream';
import { createDriver } from '../db/connection';
import { migrate } from '../db/migrate';
import { BENCH_DATA, log, NEO4J_PASSWORD, startNeo4j } from './stack';

export const IMPORT_BENCH_EVENTS = 100_000;
/** Past this, the raw load is not keeping the graph's guarantees but skipping work: the figure to watch. */
const RATIO_LIMIT = 1.5;

const RAW_SCHEMA = [
  'CREATE CONSTRAINT raw_actor_name IF NOT EXISTS FOR (n:RawActor) REQUIRE n.name IS UNIQUE',
  'CREATE CONSTRAINT raw_source_name IF NOT EXISTS FOR (n:RawSource) REQUIRE n.name IS UNIQUE',
];

const RAW_LOAD = `UNWIND $rows AS row
  MERGE (subject:RawActor {name: row.source})
  MERGE (object:RawActor {name: row.target})
  MERGE (source:RawSource {name: row.publisher})
  CREATE (event:RawEvent {key: row.key, date: row.date, code: row.code})
  CREATE (event)-[:SUBJECT]->(subject), (event)-[:OBJECT]->(object), (event)-[:CITES {quote: row.quote}]->(source)`;

/** Every node, in batches (the schema stays): the warm-up's records out of the way of the measured loads. */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** CPU seconds a process has used so far (user and system), from /proc: Neo4j's share of a load. */
function cpuSecondsOf(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, which /proc counts CPU time in. */
const CLOCK_TICKS_PER_SECOND = 100;

interface Timed<T> {
  seconds: number;
  /** CPU seconds Neo4j and this process (the loader, parsing included) used meanwhile. */
  neo4jCpu: number;
  nodeCpu: number;
  value: T;
}

/** Wall and CPU time of a load: on a shared machine the CPU seconds say where the time went when the wall does not. */
async function timed<T>(neo4jPid: number, work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const neo4jBefore = cpuSecondsOf(neo4jPid);
  const nodeBefore = process.cpuUsage();
  const value = await work();
  const node = process.cpuUsage(nodeBefore);
  return {
    seconds: (performance.now() - started) / 1000,
    neo4jCpu: cpuSecondsOf(neo4jPid) - neo4jBefore,
    nodeCpu: (node.user + node.system) / 1e6,
    value,
  };
}

interface RecordedQuery {
  query: string;
  parameters: Record<string, unknown>;
}

/**
 * Transactions that keep the queries creating records (db/bulk's `UNWIND $rows AS row … CREATE (n:Label {…})`) of
 * each write that commits; those of an attempt that was retried are dropped with it.
 */
function recordingCreates(inner: ChunkTransactions, recorded: RecordedQuery[]): ChunkTransactions {
  return {
    read: (work) => inner.read(work),
    write: async (work) => {
      let attempt: RecordedQuery[] = [];
      const value = await inner.write((tx, change) => {
        attempt = [];
        const recording = new Proxy(tx, {
          get(target, property) {
            if (property !== 'run') return Reflect.get(target, property);
            return (query: string, parameters: Record<string, unknown>) => {
              if (/^\s*UNWIND \$rows AS row\b[\s\S]*\bCREATE \(n:/.test(query)) attempt.push({ query, parameters });
              return target.run(query, parameters);
            };
          },
        });
        return work(recording, change);
      });
      recorded.push(...attempt);
      return value;
    },
  };
}

/** The recorded queries again, each in a transaction of its own, one after another. */
async function replay(driver: Driver, recorded: RecordedQuery[]): Promise<void> {
  for (const { query, parameters } of recorded) await driver.executeQuery(query, parameters);
}

async function rawLoad(driver: Driver, file: string): Promise<number> {
  for (const statement of RAW_SCHEMA) await driver.executeQuery(statement);
  let header: string[] = [];
  let rows = 0;
  for await (const { firstLine, text } of chunksOfLines(linesOfFile(file), DEFAULT_LINES_PER_CHUNK)) {
    const split = text.split('\n').map((line) => line.split('\t'));
    if (firstLine === 1) header = split.shift()!;
    const column = (name: string) => header.indexOf(name);
    const [key, date, source, target, code, publisher, quote] = ['Event ID', 'Event Date', 'Source Name', 'Target Name', 'CAMEO Code', 'Publisher', 'Event Text'].map(column);
    const batch = split
      .filter((fields) => fields.length === header.length)
      .map((fields) => ({ key: fields[key!], date: fields[date!], source: fields[source!], target: fields[target!], code: fields[code!], publisher: fields[publisher!], quote: fields[quote!] }));
    await driver.executeQuery(RAW_LOAD, { rows: batch });
    rows += batch.length;
  }
  return rows;
}

export async function runImportBench(events: number): Promise<string> {
  const folder = path.join(BENCH_DATA, 'import');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `icews-${events}.tsv`);
  if (!existsSync(file)) {
    log(`writing ${events.toLocaleString('en')} ICEWS events to ${path.relative(process.cwd(), file)}…`);
    writeFileSync(file, icewsEventFile(events));
  }
  const neo4j = await startNeo4j('import', { fresh: true });
  const driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: NEO4J_PASSWORD, database: undefined });
  try {
    await migrate(driver, undefined);
    // A fresh JVM runs its first queries slowly while its JIT compiles them, and it takes long to settle: Neo4j's
    // CPU time per 10,000 ties fell from 6.3 s to 1.8 s over the first 80,000 (a 10,000-event warm-up left Parley,
    // loaded first, paying for most of it). Both loads first run once on the file itself, which is then wiped.
    log(`warming Neo4j up with the same ${events.toLocaleString('en')} events both ways…`);
    const parleyLoad = (transactions = driverTransactions(driver, undefined, 'bench')) => loadLines(linesOfFile(file), 'icews', transactions, { dryRun: false });
    await parleyLoad();
    await rawLoad(driver, file);
    await wipe(driver);
    log('loading through Parley’s bulk path…');
    const creates: RecordedQuery[] = [];
    const parley = await timed(neo4j.pid, () => parleyLoad(recordingCreates(driverTransactions(driver, undefined, 'bench'), creates)));
    log('loading as a raw UNWIND…');
    const raw = await timed(neo4j.pid, () => rawLoad(driver, file));
    // The recording knows db/bulk's create queries by their shape: a loader that changed it must not pass for free.
    if (creates.length === 0) throw new Error('No create query of Parley’s load was recorded: has the shape of db/bulk’s CREATE queries changed?');
    await wipe(driver);
    log('replaying Parley’s writes alone…');
    const writes = await timed(neo4j.pid, () => replay(driver, creates));
    const parleyRate = parley.value.rows / parley.seconds;
    const rawRate = raw.value / raw.seconds;
    const ratio = rawRate / parleyRate;
    const { created } = parley.value;
    return [
      `## Import: ${events.toLocaleString('en')} ICEWS events, one fresh Neo4j, same run`,
      '',
      `load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; CPU seconds are Neo4j's and the loader's (Node, parsing included)`,
      '',
      '| load | seconds | events/s | Neo4j CPU s | Node CPU s |',
      '|:-----|--------:|---------:|------------:|-----------:|',
      `| Parley bulk path (streamed) | ${parley.seconds.toFixed(1)} | ${Math.round(parleyRate).toLocaleString('en')} | ${parley.neo4jCpu.toFixed(1)} | ${parley.nodeCpu.toFixed(1)} |`,
      `| raw UNWIND | ${raw.seconds.toFixed(1)} | ${Math.round(rawRate).toLocaleString('en')} | ${raw.neo4jCpu.toFixed(1)} | ${raw.nodeCpu.toFixed(1)} |`,
      `| Parley's writes alone (its ${creates.length} create queries replayed) | ${writes.seconds.toFixed(1)} | ${Math.round(parley.value.rows / writes.seconds).toLocaleString('en')} | ${writes.neo4jCpu.toFixed(1)} | ${writes.nodeCpu.toFixed(1)} |`,
      '',
      `Ratio raw / Parley: ${ratio.toFixed(2)}× ${ratio <= RATIO_LIMIT ? `(within ${RATIO_LIMIT}×)` : `(over ${RATIO_LIMIT}× !)`}. ` +
        `Parley created ${created.actors} actors, ${created.ties} ties, ${created.meetings} meetings, ${created.sources} sources ` +
        `(${parley.value.skipped.length} rows skipped, ${parley.value.errors.length} errors), signed by one import record. ` +
        `Its writes alone take ${(writes.seconds / raw.seconds).toFixed(2)}× the raw load: what storing its records costs; the loader adds the rest.`,
    ].join('\n');
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
