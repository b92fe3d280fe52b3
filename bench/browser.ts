import { chromium, type Browser, type Page } from '@playwright/test';
import type { ElementDefinition } from 'cytoscape';
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { toElements } from '../components/graph/elements';
import { layoutOptions } from '../components/graph/layouts';
import { STYLESHEET } from '../components/graph/stylesheet';
import { getDriver } from '../db/driver';
import { getViewPicture } from '../db/queries/graph';
import { DEFAULT_VIEW } from '../lib/view-state';
import { viewOfSize } from './actions';
import { percentile } from './measure';
import { DIST_DIR, ROOT, log, neo4jStack } from './stack';

/**
 * The canvas in headless Chromium: time from navigation to a laid-out, drawn graph for views of several sizes, in
 * the app (`/?a=…`, the production build, with the renderer it chooses: WebGL above WEBGL_ELEMENTS) and on a bare
 * page that hands the same elements, stylesheet and layout to Cytoscape — for the large views with both of
 * Cytoscape's renderers, 2D canvas and WebGL; the frame rate while panning; and the app's first-load JavaScript.
 */

export const VIEW_TARGETS = [50, 500, 2_000, 5_000];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const VIEWPORT = { width: 1440, height: 900 };
const PAN_MS = 2_000;
/** Views at least this large are drawn on the bare page with both renderers. */
const BOTH_RENDERERS_FROM = 2_000;
const WEBGL_OPTIONS = JSON.stringify({ renderer: { name: 'canvas', webgl: true } });

export type RendererName = 'canvas' | 'webgl';

export interface CanvasTiming {
  drawnMs: number;
  fps: number;
  slowFrame: number;
  runs: number;
}

export interface CanvasRow {
  target: number;
  elements: number;
  /** fcose's quality for a view of this size (layouts.ts). */
  quality: string;
  actors: number;
  urlBytes: number;
  /** The app, with the renderer its canvas chose (`data-renderer`). */
  app: CanvasTiming & { renderer: RendererName };
  /** The bare page with Cytoscape's 2D canvas renderer. */
  bare: CanvasTiming;
  /** The bare page with Cytoscape's WebGL renderer: for the large views only. */
  bareWebgl: CanvasTiming | null;
}

export interface BrowserReport {
  rows: CanvasRow[];
  firstLoadJs: { files: number; bytes: number; gzipBytes: number };
  canvasJs: { files: number; bytes: number };
  /** What WebGL runs on in this Chromium (`UNMASKED_RENDERER_WEBGL`): SwiftShader is WebGL done by the CPU. */
  webglDevice: string;
}

/** Views made dense on purpose (the best-connected actors and the ties among them), so that links stay short. */
export async function denseViews(): Promise<{ target: number; actorIds: string[]; elements: ElementDefinition[] }[]> {
  const { records } = await getDriver().executeQuery(
    `MATCH (a:Actor) WHERE a.deletedAt IS NULL
     RETURN a.id AS id ORDER BY COUNT { (a)<-[:SUBJECT|OBJECT|PARTICIPANT]-() } DESC, a.id LIMIT 3000`,
  );
  const hubs = records.map((record) => record.get('id') as string);
  const views = [];
  for (const target of VIEW_TARGETS) {
    // A dense view of about `target` elements: well-connected actors from some rank on. The very first ones share
    // so many ties that a handful of them make thousands of parallel edges; of the views that reach the target, the
    // one with the most actors (at most 1,000, so that the link stays under 64 KB) is the most graph-like.
    let chosen = { actorIds: [] as string[], elements: 0 };
    for (const offset of [0, 5, 10, 20, 40, 80, 160, 320]) {
      const candidate = await viewOfSize(hubs.slice(offset, offset + 1_000), target);
      const reaches = candidate.elements >= target * 0.8;
      const chosenReaches = chosen.elements >= target * 0.8;
      if ((reaches && (!chosenReaches || candidate.actorIds.length > chosen.actorIds.length)) || (!chosenReaches && candidate.elements > chosen.elements)) {
        chosen = candidate;
      }
    }
    const elements = toElements(await getViewPicture({ ...DEFAULT_VIEW, actors: chosen.actorIds, fold: 'claims' }));
    views.push({ target, actorIds: chosen.actorIds, elements });
  }
  return views;
}

/** Times and pan figures of several runs, and their medians. */
function samples() {
  const ms: number[] = [];
  const fps: number[] = [];
  const slow: number[] = [];
  return {
    add(drawnMs: number, pan: { fps: number; slowFrame: number }) {
      ms.push(drawnMs);
      fps.push(pan.fps);
      slow.push(pan.slowFrame);
    },
    median(runs: number): CanvasTiming {
      return { drawnMs: percentile(ms, 50), fps: percentile(fps, 50), slowFrame: percentile(slow, 50), runs };
    },
  };
}

const nodeCount = (elements: ElementDefinition[]) => elements.filter((element) => element.group === 'nodes').length;

const VENDOR: Record<string, string> = {
  'cytoscape.min.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'node_modules/layout-base/layout-base.js',
  'cose-base.js': 'node_modules/cose-base/cose-base.js',
  'cytoscape-fcose.js': 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
};

async function serveBarePage(views: Map<string, ElementDefinition[]>): Promise<{ origin: string; server: Server }> {
  // The layout options depend on the view's size (layouts.ts), as in the app.
  const setup = (elements: ElementDefinition[]) => JSON.stringify({ style: STYLESHEET, layout: layoutOptions('fcose', nodeCount(elements), elements.length - nodeCount(elements)) });
  const page = readFileSync(path.join(ROOT, 'bench/fixtures/bare.html'));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (type: string, body: string | Buffer) => response.writeHead(200, { 'Content-Type': type }).end(body);
    if (url.pathname === '/bare.html') return send('text/html; charset=utf-8', page);
    const vendor = url.pathname.startsWith('/vendor/') ? VENDOR[url.pathname.slice('/vendor/'.length)] : undefined;
    if (vendor) return send('text/javascript', readFileSync(path.join(ROOT, vendor)));
    const [, kind, view] = /^\/(data|setup)\/([\w-]+)\.json$/.exec(url.pathname) ?? [];
    const elements = view ? views.get(view) : undefined;
    if (elements) return send('application/json', kind === 'data' ? JSON.stringify(elements) : setup(elements));
    response.writeHead(404).end();
  });
  const { freePort } = await neo4jStack();
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** Navigates and answers the page's own `data-layout-done` stamp: milliseconds from navigation to drawn. */
async function timeToDrawn(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  const stamped = await page.waitForSelector(`${selector}[data-layout-done]`, { state: 'attached', timeout: 300_000 });
  return Number(await stamped.getAttribute('data-layout-done'));
}

/** The device WebGL draws with in this browser, or why there is none. */
async function webglDevice(page: Page): Promise<string> {
  return String(
    await page.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2') || document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    })()`),
  );
}

/** Drags the canvas from its top-left corner (empty after `fit` with padding) for PAN_MS, counting frames. */
async function panFps(page: Page, selector: string): Promise<{ fps: number; slowFrame: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) return { fps: Number.NaN, slowFrame: Number.NaN };
  const start = { x: box.x + 8, y: box.y + 8 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Page scripts as text: tsx's transform would put helpers into a function passed from here, unknown in the page.
  await page.evaluate(`(() => {
    const state = { frames: 0, started: performance.now(), running: true, times: [] };
    window.__pan = state;
    const tick = () => {
      if (!state.running) return;
      state.frames += 1;
      state.times.push(performance.now());
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const began = Date.now();
  for (let step = 0; Date.now() - began < PAN_MS; step += 1) {
    const angle = step / 10;
    await page.mouse.move(start.x + 150 + Math.cos(angle) * 120, start.y + 150 + Math.sin(angle) * 120);
    await page.waitForTimeout(8);
  }
  const { fps, slowFrame } = JSON.parse(
    String(
      await page.evaluate(`(() => {
        const state = window.__pan;
        state.running = false;
        const gaps = state.times.slice(1).map((time, index) => time - state.times[index]).sort((a, b) => a - b);
        const slowFrame = gaps.length ? gaps[Math.min(gaps.length - 1, Math.ceil(gaps.length * 0.95) - 1)] : NaN;
        return JSON.stringify({ fps: (state.frames * 1000) / (performance.now() - state.started), slowFrame });
      })()`),
    ),
  ) as { fps: number; slowFrame: number };
  await page.mouse.up();
  if (process.env.BENCH_DEBUG_PAN) log(`pan on ${selector}: ${await page.evaluate('JSON.stringify(window.__cy ? window.__cy.pan() : null)')}`);
  return { fps, slowFrame };
}

/** The scripts an HTML page makes a current browser load: `noModule` ones (polyfills) are for old browsers only. */
function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((match) => !/\snomodule/i.test(match[0]));
  return [...new Set(tags.map((match) => match[1]!))];
}

/** The scripts the HTML of `/` loads, summed from the build output, raw and gzipped. */
function firstLoadJs(html: string): BrowserReport['firstLoadJs'] {
  const sources = scriptSources(html);
  let bytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const file = path.join(ROOT, DIST_DIR, decodeURIComponent(source.replace(/^\/_next\//, '').split('?')[0]!));
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files: sources.length, bytes, gzipBytes };
}

export async function runBrowser(appOrigin: string, { runs, quick }: { runs: number; quick: boolean }): Promise<BrowserReport> {
  log('browser: choosing dense views…');
  const views = await denseViews();
  const bare = await serveBarePage(new Map(views.map((view) => [String(view.target), view.elements])));
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT });
    const html = await (await fetch(`${appOrigin}/`)).text();
    const firstLoad = firstLoadJs(html);
    const initialScripts = new Set(scriptSources(html).map((source) => new URL(source, appOrigin).href));
    const canvasJs = { files: 0, bytes: 0 };

    const rows: CanvasRow[] = [];
    let canvasBox = { width: 800, height: 600 };
    for (const view of views) {
      const appUrl = `${appOrigin}/?a=${view.actorIds.join(',')}&fold=claims`;
      const repeats = quick ? 1 : view.elements.length > 1_000 ? Math.max(1, runs - 1) : runs;
      const app = samples();
      let appRenderer: RendererName = 'canvas';
      const renderers: RendererName[] = view.target >= BOTH_RENDERERS_FROM ? ['canvas', 'webgl'] : ['canvas'];
      const bareRuns = new Map(renderers.map((renderer) => [renderer, samples()]));
      log(`browser: view of ${view.elements.length} elements (${view.actorIds.length} actors), ${repeats} runs each…`);
      for (let run = 0; run < repeats; run += 1) {
        const page = await context.newPage();
        if (rows.length === 0 && run === 0) {
          page.on('response', (response) => {
            if (response.request().resourceType() !== 'script' || initialScripts.has(response.url())) return;
            void response.body().then((body) => {
              canvasJs.files += 1;
              canvasJs.bytes += body.length;
            }, () => undefined);
          });
        }
        const canvas = page.locator('[data-testid="graph-canvas"]');
        const drawnMs = await timeToDrawn(page, appUrl, '[data-testid="graph-canvas"]');
        appRenderer = (await canvas.getAttribute('data-renderer')) === 'webgl' ? 'webgl' : 'canvas';
        canvasBox = (await canvas.boundingBox()) ?? canvasBox;
        app.add(drawnMs, await panFps(page, '[data-testid="graph-canvas"]'));
        await page.close();

        for (const renderer of renderers) {
          const other = await context.newPage();
          const options = renderer === 'webgl' ? `&options=${encodeURIComponent(WEBGL_OPTIONS)}` : '';
          const bareUrl = `${bare.origin}/bare.html?view=${view.target}&w=${Math.round(canvasBox.width)}&h=${Math.round(canvasBox.height)}${options}`;
          const bareMs = await timeToDrawn(other, bareUrl, '#cy');
          const drewWith = await other.locator('#cy').getAttribute('data-renderer');
          if (drewWith !== renderer) throw new Error(`the bare page drew with ${drewWith ?? 'nothing'}, not ${renderer}`);
          bareRuns.get(renderer)!.add(bareMs, await panFps(other, '#cy'));
          await other.close();
        }
      }
      rows.push({
        target: view.target,
        elements: view.elements.length,
        quality: String(layoutOptions('fcose', nodeCount(view.elements), view.elements.length - nodeCount(view.elements)).quality ?? 'default'),
        actors: view.actorIds.length,
        urlBytes: Buffer.byteLength(appUrl) - appOrigin.length,
        app: { ...app.median(repeats), renderer: appRenderer },
        bare: bareRuns.get('canvas')!.median(repeats),
        bareWebgl: bareRuns.get('webgl')?.median(repeats) ?? null,
      });
    }
    const probe = await context.newPage();
    const device = await webglDevice(probe);
    await probe.close();
    return { rows, firstLoadJs: firstLoad, canvasJs, webglDevice: device };
  } finally {
    await browser?.close();
    await new Promise((resolve) => bare.server.close(resolve));
  }
}
