import os from 'node:os';
import { closeDriver } from '../db/driver';
import { drawInputs } from './actions';
import { openDataset } from './dataset';
import type { SizeName } from './generate';
import { percentile } from './measure';
import { startApp, type RunningApp } from './stack';

/**
 * `npm run bench -- --processes [--size small]`: read throughput with one app process and with two in front of
 * the same Neo4j. A cheap read (an actor's profile, `GET /api/actors/:id`) is sent by CONCURRENCY clients for
 * SECONDS, first all to one process, then alternately to two, as a reverse proxy without sticky sessions would.
 * Prints requests/s, p50 and the ratio of two to one. The load generator, both Next processes and Neo4j share this
 * machine's cores, which is what the ratio says on a small machine.
 */

const SECONDS = 10;
const WARMUP_SECONDS = 2;
const CONCURRENCY = 16;

interface Throughput {
  perSecond: number;
  p50: number;
}

async function load(origins: string[], paths: string[], seconds: number): Promise<Throughput> {
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  let next = 0;
  const client = async () => {
    while (performance.now() < until) {
      const index = next++;
      const started = performance.now();
      const response = await fetch(`${origins[index % origins.length]}${paths[index % paths.length]}`, { headers: { Accept: 'application/json' } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${paths[index % paths.length]} answered ${response.status}`);
      times.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { perSecond: times.length / ((performance.now() - started) / 1000), p50: percentile(times, 50) };
}

async function measureOn(apps: RunningApp[], paths: string[]): Promise<Throughput> {
  const origins = apps.map((app) => app.origin);
  await load(origins, paths, WARMUP_SECONDS);
  return load(origins, paths, SECONDS);
}

export async function runProcessesBench(size: SizeName): Promise<string> {
  const { neo4j, label } = await openDataset(size, { regenerate: false });
  const paths = (await drawInputs(7)).actors.map((id) => `/api/actors/${encodeURIComponent(id)}`);
  const first = await startApp(neo4j.uri, `${label}-process-1`);
  const one = await measureOn([first], paths);
  const second = await startApp(neo4j.uri, `${label}-process-2`);
  const two = await measureOn([first, second], paths);
  await second.stop();
  await first.stop();
  await closeDriver();
  await neo4j.stop();

  const cores = os.cpus().length;
  const row = (processes: number, { perSecond, p50 }: Throughput) => `| ${String(processes).padStart(9)} | ${perSecond.toFixed(0).padStart(10)} | ${p50.toFixed(1).padStart(7)} |`;
  return [
    `Read throughput, ${label}: GET /api/actors/:id by ${CONCURRENCY} concurrent clients for ${SECONDS} s (after ${WARMUP_SECONDS} s of warm-up), one Neo4j`,
    `machine: ${cores} cores, load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`,
    '',
    '| processes | requests/s | p50 ms |',
    '|----------:|-----------:|-------:|',
    row(1, one),
    row(2, two),
    '',
    `two processes / one: ${(two.perSecond / one.perSecond).toFixed(2)}×`,
    `On ${cores} cores the two Next processes, Neo4j and this load generator all compete for the same CPUs: a second`,
    'process adds throughput only while one process cannot use the cores (Node runs JavaScript on one thread); once',
    'the cores are busy, it is the CPU, not the number of processes, that bounds requests/s.',
  ].join('\n');
}
