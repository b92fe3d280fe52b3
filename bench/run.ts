/**
 * `npm run bench -- --size small|medium|large [--sizes small,medium] [--regenerate] [--scale 0.5] [--no-browser] [--quick]`
 * `npm run bench -- --import [--events 100000]`: the import row alone (./import).
 * `npm run bench -- --measures [--size small] [--whole medium]`: the measures of views and of the whole graph (./measures).
 * `npm run bench -- --processes [--size small]`: read throughput with one and two app processes (./processes).
 * `npm run bench -- --floor`: the server-floor row alone, with many runs, against an empty Neo4j (the row needs no data).
 *
 * For each size: starts that size's Neo4j (generating its data set once, into .data/bench/<size>), the production
 * build of the app (built into .next-bench when its sources changed) on a free port, and measures each user action
 * through the HTTP API and through the same db/ function in-process; then the scaling between sizes and the canvas
 * in headless Chromium (on the last size). Stops everything it started, also on failure. See README "Benchmark".
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closeDriver } from '../db/driver';
import { runActions, drawInputs, measureRoutePipeline, measureServerFloor, ApiClient } from './actions';
import { runBrowser, type BrowserReport, type CanvasRow } from './browser';
import { WEBGL_ELEMENTS } from '../components/graph/GraphCanvas';
import { BENCH_USER, neo4jVersion, openDataset, type DatasetInfo } from './dataset';
import { isSizeName, type SizeName } from './generate';
import { footprintLine, neo4jFootprint } from './footprint';
import { DEFAULT_MEASURE, type ActionResult, type MeasureOptions } from './measure';
import { IMPORT_BENCH_EVENTS, runImportBench } from './import';
import { runMeasuresBench } from './measures';
import { runProcessesBench } from './processes';
import { buildApp, install, liftOwnDeadlines, log, ROOT, startApp, startNeo4j, stopAll } from './stack';

interface Options {
  sizes: SizeName[];
  regenerate: boolean;
  scale: number;
  browser: boolean;
  quick: boolean;
  /** The import row (./import) instead of the user actions, with this many events. */
  importEvents: number | null;
  /** The measures (./measures) instead of the user actions. */
  measures: boolean;
  /** With them, the whole graph's also on this size's Neo4j (generated and loaded when missing). */
  measuresWhole: SizeName | null;
  /** Read throughput with one and two app processes (./processes) instead of the user actions. */
  processes: boolean;
  /** The server-floor row alone (runFloorBench). */
  floor: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: ['small'], regenerate: false, scale: 1, browser: true, quick: false, importEvents: null, measures: false, measuresWhole: null, processes: false, floor: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[(index += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--size' || arg === '--sizes') {
      const sizes = value().split(',').map((size) => size.trim()).filter(Boolean);
      for (const size of sizes) if (!isSizeName(size)) throw new Error(`unknown size "${size}": small, medium or large`);
      options.sizes = sizes as SizeName[];
    } else if (arg === '--regenerate') options.regenerate = true;
    else if (arg === '--scale') options.scale = Number(value());
    else if (arg === '--no-browser') options.browser = false;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--import') options.importEvents ??= IMPORT_BENCH_EVENTS;
    else if (arg === '--measures') options.measures = true;
    else if (arg === '--processes') options.processes = true;
    else if (arg === '--floor') options.floor = true;
    else if (arg === '--whole') {
      const size = value();
      if (!isSizeName(size)) throw new Error(`unknown size "${size}": small, medium or large`);
      options.measuresWhole = size;
    }
    else if (arg === '--events') {
      options.importEvents = Number(value());
      if (!Number.isInteger(options.importEvents) || options.importEvents < 1) throw new Error('--events takes a whole number of events');
    }
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(options.scale > 0 && options.scale <= 1)) throw new Error('--scale takes a number in (0, 1]');
  return options;
}

interface SizeRun {
  label: string;
  info: DatasetInfo;
  footprint: string;
  results: ActionResult[];
  floor: ActionResult;
}

/** Enough runs of two requests of a few ms each for a steady median and 95th percentile. */
const FLOOR_MEASURE: MeasureOptions = { warmup: 100, minRuns: 1000, maxRuns: 3000, budgetMs: 30_000 };

const fmt = (ms: number) => (Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
// No answer size when every run failed.
const kb = (bytes: number) => (Number.isNaN(bytes) ? '–' : bytes >= 10_240 ? `${Math.round(bytes / 1024)}K` : `${(bytes / 1024).toFixed(1)}K`);

function table(headers: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (align[column] === 'l' ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [line(headers), `|${widths.map((width, column) => (align[column] === 'l' ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

function actionTable(runs: SizeRun[]): string {
  const rows = runs.flatMap((run) =>
    run.results.map((result) => {
      const ratio = result.api.p50 / result.driver.p50;
      return [
        run.label,
        result.action,
        fmt(result.api.p50),
        fmt(result.api.p95),
        fmt(result.driver.p50),
        fmt(result.driver.p95),
        `${ratio.toFixed(2)}×${ratio > 1.3 ? ' !' : ''}`,
        kb(result.api.bytes),
        String(result.api.runs),
        result.api.failures || result.driver.failures ? `${result.api.failures} / ${result.driver.failures} !` : '0',
      ];
    }),
  );
  return table(
    ['size', 'action', 'API p50', 'API p95', 'driver p50', 'driver p95', 'API/driver', 'answer', 'runs', 'failed API / driver'],
    rows,
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** Medians of each size against the first: an action whose cost follows the whole graph stands out. */
function scalingTable(runs: SizeRun[]): string {
  const [base, ...others] = runs;
  if (!base || others.length === 0) return '';
  const rows = base.results.map((result, index) => {
    const cells = [result.action, fmt(result.api.p50)];
    let flag = '';
    for (const other of others) {
      const counterpart = other.results[index]!;
      const apiRatio = counterpart.api.p50 / result.api.p50;
      const driverRatio = counterpart.driver.p50 / result.driver.p50;
      // A capped expansion's answer stays the same size however far it reaches: compare the actors reached instead.
      const answerRatio =
        counterpart.driver.reach !== null && result.driver.reach !== null
          ? counterpart.driver.reach / Math.max(result.driver.reach, 1)
          : counterpart.api.bytes / Math.max(result.api.bytes, 1);
      cells.push(fmt(counterpart.api.p50), `${apiRatio.toFixed(2)}×`, `${driverRatio.toFixed(2)}×`, `${answerRatio.toFixed(2)}×`);
      // Cost that grows by more than half while the answer (the neighbourhood) does not: it follows the graph.
      if (apiRatio > 1.5 && apiRatio > 1.5 * answerRatio) flag = 'grows with the graph';
      else if (apiRatio > 1.5) flag = 'grows with its answer';
    }
    cells.push(flag);
    return cells;
  });
  const headers = [`action`, `${base.label} p50`];
  for (const other of others) headers.push(`${other.label} p50`, `${other.label}/${base.label} API`, 'driver', 'answer');
  headers.push('flag');
  return table(headers, rows, headers.map((_, column) => (column === 0 || column === headers.length - 1 ? 'l' : 'r')));
}

function browserTable(report: BrowserReport): string {
  const rows = report.rows.map((row) => {
    const ratio = row.app.drawnMs / row.bare.drawnMs;
    return [
      `${row.elements} (${row.actors} actors)`,
      row.quality,
      String(row.urlBytes),
      row.app.renderer,
      fmt(row.app.drawnMs),
      fmt(row.bare.drawnMs),
      `${ratio.toFixed(2)}×${ratio > 1.2 ? ' !' : ''}`,
      `${row.app.fps.toFixed(0)} / ${fmt(row.app.slowFrame)}`,
      `${row.bare.fps.toFixed(0)} / ${fmt(row.bare.slowFrame)}`,
      String(row.app.runs),
    ];
  });
  return table(
    ['view elements', 'fcose', 'link bytes', 'app renderer', 'app drawn ms', 'bare drawn ms', 'app/bare', 'app pan fps / p95 frame ms', 'bare pan fps / p95 frame ms', 'runs'],
    rows,
    ['l', 'l', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** The large views on the bare page with each of Cytoscape's renderers, and which one came out ahead here. */
function rendererTable(report: BrowserReport): string[] {
  const both = report.rows.filter((row): row is CanvasRow & { bareWebgl: NonNullable<CanvasRow['bareWebgl']> } => row.bareWebgl !== null);
  if (both.length === 0) return [];
  const rows = both.map((row) => [
    `${row.elements} (${row.actors} actors)`,
    fmt(row.bare.drawnMs),
    fmt(row.bareWebgl.drawnMs),
    `${(row.bareWebgl.drawnMs / row.bare.drawnMs).toFixed(2)}×`,
    `${row.bare.fps.toFixed(0)} / ${fmt(row.bare.slowFrame)}`,
    `${row.bareWebgl.fps.toFixed(0)} / ${fmt(row.bareWebgl.slowFrame)}`,
    row.app.renderer,
  ]);
  const slower = both.filter((row) => row.bareWebgl.drawnMs > row.bare.drawnMs || row.bareWebgl.fps < row.bare.fps);
  const verdict = slower.length
    ? `WebGL is slower here on ${slower.map((row) => row.elements).join(' and ')} elements (drawn later or panned at fewer frames): this Chromium draws WebGL on "${report.webglDevice}"${/swiftshader/i.test(report.webglDevice) ? ' (SwiftShader: the CPU, not a GPU)' : ''}, so the figures do not say what a GPU would do.`
    : `WebGL is as fast or faster on every large view here (WebGL on "${report.webglDevice}").`;
  return [
    '',
    `Large views on the bare page with each renderer (app renderer: what the app chose, WebGL above ${WEBGL_ELEMENTS} elements): drawn ms, webgl/canvas, pan fps / p95 frame ms.`,
    '',
    table(
      ['view elements', 'canvas drawn ms', 'webgl drawn ms', 'webgl/canvas', 'canvas pan fps / p95 frame ms', 'webgl pan fps / p95 frame ms', 'app renderer'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    verdict,
  ];
}

function floorLine(label: string, floor: ActionResult): string {
  return (
    `  ${label}: an API request answered without the database (a 400) ${fmt(floor.api.p50)} / ${fmt(floor.api.p95)}; ` +
    `a static-file miss (Next's router alone) ${fmt(floor.driver.p50)} / ${fmt(floor.driver.p95)}; ` +
    `ratio of the medians ${(floor.api.p50 / floor.driver.p50).toFixed(2)}× (${floor.api.runs} runs each)`
  );
}

/**
 * The server-floor row alone, and the same against the least a route costs in Next: the production build against an
 * empty Neo4j (the health check needs one), many runs.
 */
async function runFloorBench(): Promise<string> {
  const neo4j = await startNeo4j('floor', { fresh: true });
  const app = await startApp(neo4j.uri, 'floor');
  const floor = await measureServerFloor(app.origin, FLOOR_MEASURE);
  const pipeline = await measureRoutePipeline(app.origin, FLOOR_MEASURE);
  await app.stop();
  await neo4j.stop();
  const ratio = pipeline.api.p50 / pipeline.driver.p50;
  return [
    `Server floor — ${new Date().toISOString()}, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}, p50/p95 ms:`,
    floorLine('empty store', floor),
    `  Next's own 405 for a method no route has (no app code runs) ${fmt(pipeline.api.p50)} / ${fmt(pipeline.api.p95)}; ` +
      `the static-file miss ${fmt(pipeline.driver.p50)} / ${fmt(pipeline.driver.p95)}; ratio of the medians ${ratio.toFixed(2)}×`,
  ].join('\n');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { ensureLauncher, ensureNodeModules } = await install();
  ensureNodeModules();
  ensureLauncher();
  if (options.importEvents !== null) {
    process.stdout.write(`${await runImportBench(options.importEvents)}\n`);
    return;
  }
  if (options.measures) {
    process.stdout.write(`${await runMeasuresBench({ viewSize: options.sizes[0]!, wholeSize: options.measuresWhole })}\n`);
    return;
  }
  await buildApp({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  if (options.processes) {
    process.stdout.write(`${await runProcessesBench(options.sizes[0]!)}\n`);
    return;
  }
  if (options.floor) {
    process.stdout.write(`${await runFloorBench()}\n`);
    return;
  }

  liftOwnDeadlines();
  const runs: SizeRun[] = [];
  let browser: BrowserReport | null = null;
  let version = 'unknown';
  for (const [position, size] of options.sizes.entries()) {
    const { neo4j, info, principal, label } = await openDataset(size, { regenerate: options.regenerate, scale: size === 'small' ? 1 : options.scale });
    version = await neo4jVersion();
    const app = await startApp(neo4j.uri, label);
    const api = new ApiClient(app.origin);
    await api.signIn(BENCH_USER.username, BENCH_USER.password);
    const inputs = await drawInputs(7);
    const measureOptions = options.quick ? { ...DEFAULT_MEASURE, warmup: 3, minRuns: 10 } : DEFAULT_MEASURE;
    const floor = await measureServerFloor(app.origin, measureOptions);
    const footprint = footprintLine(label, neo4j, neo4jFootprint(neo4j));
    log(footprint);
    runs.push({ label, info, footprint, floor, results: await runActions(api, inputs, principal, measureOptions, options.quick) });
    if (options.browser && position === options.sizes.length - 1) browser = await runBrowser(app.origin, { runs: 3, quick: options.quick });
    await app.stop();
    await closeDriver();
    await neo4j.stop();
  }

  const next = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')) as { version: string };
  const cpus = os.cpus();
  const out: string[] = [];
  out.push(
    `Parley benchmark — ${new Date().toISOString()}`,
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`,
    `Node ${process.version}, ${version}, Next ${next.version} (db/stack/server.mjs, production build in .next-bench)`,
    ...runs.flatMap(({ label, info, footprint }) => [
      `data set ${label}: ${info.created.actors} actors, ${info.created.ties} ties, ${info.created.meetings} meetings, ${info.created.sources} sources; ` +
        `loaded through db/bulk loadBatch at ${Math.round(info.recordsPerSecond)} records/s (${info.records} records in ${info.seconds.toFixed(0)} s)`,
      footprint,
    ]),
    '',
    'User actions: p50/p95 in ms. API = HTTP request to the production server (signed in), answer read in full.',
    'driver = the same db/ query function called in-process on a plain neo4j-driver (same Cypher, no HTTP/Next).',
    'API/driver above 1.3× is marked !. Answer = median JSON size of the API answer.',
    '',
    actionTable(runs),
  );
  const notes = runs[0]?.results.filter((result) => result.note).map((result) => `  ${result.action}: ${result.note}`) ?? [];
  if (notes.length) out.push('', ...notes);
  const failures = runs.flatMap(({ label, results }) =>
    results.flatMap(({ action, api, driver }) =>
      api.firstFailure || driver.firstFailure ? [`  ${label}, ${action}: ${api.firstFailure ?? driver.firstFailure}`] : [],
    ),
  );
  if (failures.length) out.push('', 'Failed runs (their time is in the percentiles), the first message of each action:', ...failures);
  out.push(
    '',
    'Server floor, the fixed cost of any API request (Next routing, the proxy, the route handler, HTTP), p50/p95 ms:',
    ...runs.map(({ label, floor }) => floorLine(label, floor)),
  );
  const scaling = scalingTable(runs);
  if (scaling) {
    out.push(
      '',
      `Scaling: median API time on each size against ${runs[0]!.label}, with the driver's ratio and the answer's size ratio`,
      '(for expansions, whose answer is capped at 150 actors: the ratio of the median number of actors they reached).',
      'Flagged when the time grows by more than 1.5×: "grows with the graph" when its answer does not grow as much.',
      '',
      scaling,
    );
  }
  if (browser) {
    out.push(
      '',
      `Canvas (headless Chromium, ${runs[runs.length - 1]!.label}): navigation to laid out and drawn (fcose, of the quality shown), median ms; while dragging the canvas for 2 s: frames per second and the 95th-percentile frame time.`,
      'app = the production page `/?a=…`; bare = the same elements, stylesheet and layout handed to Cytoscape alone.',
      '',
      browserTable(browser),
      ...rendererTable(browser),
      '',
      `first-load JS of /: ${browser.firstLoadJs.files} scripts, ${kb(browser.firstLoadJs.bytes)} (${kb(browser.firstLoadJs.gzipBytes)} gzip); ` +
        `loaded later for the canvas: ${browser.canvasJs.files} scripts, ${kb(browser.canvasJs.bytes)}`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

let exiting = false;
async function finish(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    await closeDriver().catch(() => undefined);
    await stopAll();
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void finish(130));

main().then(
  () => finish(0),
  (error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return finish(1);
  },
);
