import { toElements } from '../components/graph/elements';
import { recountDegrees } from '../db/commands/degrees';
import { createTie } from '../db/commands/ties';
import { getDriver } from '../db/driver';
import { getActorProfile, searchActors } from '../db/queries/actors';
import { getViewPicture } from '../db/queries/graph';
import { getMeetingTimeline } from '../db/queries/meetings';
import { getExpandPreview, getNeighbourhood } from '../db/queries/neighbours';
import { findPaths } from '../db/queries/paths';
import type { Principal } from '../lib/auth/roles';
import { tieInputSchema } from '../lib/schemas/tie';
import { EXPAND_CAP } from '../lib/schemas/requests';
import { TIE_TYPE_NAMES } from '../lib/taxonomy';
import { DEFAULT_VIEW } from '../lib/view-state';
import { measure, type ActionResult, type MeasureOptions } from './measure';
import { Rng } from './random';
import { log } from './stack';

/**
 * The user actions, each done two ways with the same inputs: through the app's HTTP API (the production server's
 * route handler, signed in like an analyst) and by calling the same db/ function in this process, on a plain
 * driver to the same Neo4j (the same Cypher, the same driver settings, no HTTP, no Next). The ratio is what the
 * app adds over the database: HTTP, routing, the proxy, validation, the session check, JSON.
 */

export const SEARCH_PREFIXES = ['erdo', 'hanı', 'kal', 'isma', 'yıl', 'çav', 'ış', 'sinw', 'лав', 'هني', 'net', 'ibra'];

export class ApiClient {
  constructor(
    readonly origin: string,
    private cookie = '',
  ) {}

  /** Signs in with the bench account; every later request carries the session cookie, as a browser's would. */
  async signIn(username: string, password: string): Promise<void> {
    const response = await fetch(`${this.origin}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.origin },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`signing in failed: ${response.status} ${await response.text()}`);
    this.cookie = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  }

  async get(path: string): Promise<number> {
    const response = await fetch(`${this.origin}${path}`, { headers: { Cookie: this.cookie, Accept: 'application/json' } });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path.slice(0, 120)} answered ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
    return body.byteLength;
  }

  async getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, { headers: { Cookie: this.cookie, Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async post(path: string, body: unknown): Promise<number> {
    const response = await fetch(`${this.origin}${path}`, {
      method: 'POST',
      headers: { Cookie: this.cookie, 'Content-Type': 'application/json', Origin: this.origin, Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.arrayBuffer();
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${Buffer.from(answer).toString().slice(0, 300)}`);
    return answer.byteLength;
  }
}

/** The inputs of every action, drawn with a fixed seed from what the database holds. */
export interface Inputs {
  actors: string[];
  pairs: [string, string][];
  views: string[][];
  viewElements: number[];
  /** The best-connected actors, each with its 150 best-connected neighbours: a hub's neighbourhood before folding. */
  hubViews: string[][];
  /** The same hubs with the neighbours "Show only this neighbourhood" shows now: as many as one readable picture holds. */
  readableHubViews: string[][];
  ranges: [string, string][];
  sources: string[];
}

async function ids(query: string): Promise<string[]> {
  const { records } = await getDriver().executeQuery(query);
  return records.map((record) => record.get('id') as string);
}

/** The elements the canvas draws for a view of these actors with every claim apart (the picture before folding). */
export async function elementCount(actorIds: string[]): Promise<number> {
  return toElements(await getViewPicture({ ...DEFAULT_VIEW, actors: actorIds, fold: 'claims' })).length;
}

/**
 * The largest prefix of `ordered` (at least 2 actors) whose view has at most `target` elements. Searched up from
 * the smallest prefixes (doubling, then halving the gap): on `large` a prefix of hubs holds tens of thousands of
 * claims, and a search that began in the middle read such views first.
 */
export async function viewOfSize(ordered: string[], target: number): Promise<{ actorIds: string[]; elements: number }> {
  const prefix = async (size: number) => ({ actorIds: ordered.slice(0, size), elements: await elementCount(ordered.slice(0, size)) });
  let best = await prefix(Math.min(2, ordered.length));
  let tooBig = ordered.length + 1;
  while (best.actorIds.length < ordered.length) {
    const next = await prefix(Math.min(best.actorIds.length * 2, ordered.length));
    if (next.elements > target) {
      tooBig = next.actorIds.length;
      break;
    }
    best = next;
  }
  let low = best.actorIds.length + 1;
  let high = Math.min(tooBig, ordered.length + 1) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = await prefix(middle);
    if (candidate.elements <= target) {
      best = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

export async function drawInputs(seed: number): Promise<Inputs> {
  const rng = Rng.seeded(seed);
  // Actors drawn uniformly: most have a handful of ties, as most actors do; hubs turn up as often as they exist.
  const all = await ids('MATCH (a:Actor) WHERE a.deletedAt IS NULL RETURN a.id AS id ORDER BY id');
  const actors = Array.from({ length: 80 }, () => rng.pick(all));
  const pairs = Array.from({ length: 40 }, (): [string, string] => [rng.pick(all), rng.pick(all)]);
  const sources = await ids('MATCH (s:Source) WHERE s.deletedAt IS NULL RETURN s.id AS id ORDER BY id LIMIT 500');
  const ranges = Array.from({ length: 40 }, (): [string, string] => {
    const year = rng.int(2001, 2024);
    const month = rng.int(1, 10);
    return [`${year}-${String(month).padStart(2, '0')}`, `${year}-${String(month + 2).padStart(2, '0')}`];
  });
  // Shared links of about 200 elements: an actor and neighbours of it (1 step, then 2), in no particular order, as
  // an analyst's expansions and picks build them. (Its best-connected neighbours alone would be a handful of hubs
  // with hundreds of ties among them.)
  const shuffle = <T>(items: T[]) => items.map((item) => [rng.next(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  const views: string[][] = [];
  const viewElements: number[] = [];
  for (const seedActor of actors) {
    if (views.length >= 6) break;
    const one = await getNeighbourhood({ actorId: seedActor, hops: 1, connections: null, limit: 1000 });
    const two = await getNeighbourhood({ actorId: seedActor, hops: 2, connections: null, limit: 1000 });
    const first = new Set(one.actorIds);
    const ordered = [seedActor, ...shuffle(one.actorIds), ...shuffle(two.actorIds.filter((id) => !first.has(id)))];
    if (ordered.length < 60) continue;
    const view = await viewOfSize(ordered, 200);
    if (view.elements < 150) continue;
    views.push(view.actorIds);
    viewElements.push(view.elements);
  }
  if (views.length === 0) throw new Error('no actor has a neighbourhood big enough for a view of 200 elements');
  const hubs = await ids('MATCH (a:Actor) WHERE a.degree >= 0 AND a.deletedAt IS NULL RETURN a.id AS id ORDER BY a.degree DESC LIMIT 3');
  const hubViews: string[][] = [];
  const readableHubViews: string[][] = [];
  for (const hub of hubs) {
    const neighbours = await getNeighbourhood({ actorId: hub, hops: 1, connections: null, limit: EXPAND_CAP });
    hubViews.push([hub, ...neighbours.actorIds]);
    const readable = await getNeighbourhood({ actorId: hub, hops: 1, connections: null, limit: EXPAND_CAP, readable: true });
    readableHubViews.push([hub, ...readable.actorIds]);
  }
  log(`inputs: ${actors.length} actors, ${pairs.length} pairs, ${views.length} shared views of ${viewElements.join('/')} elements, ${hubViews.length} hub views`);
  return { actors, pairs, views, viewElements, hubViews, readableHubViews, ranges, sources };
}

const at = <T>(items: T[], index: number) => items[index % items.length]!;
/** How many actors an expansion reached: its answer lists at most 150, so its size does not show how far it went. */
const reached = (answer: object) => (answer as { total: number }).total;
const q = encodeURIComponent;

/**
 * What any API request costs before its query: a 400 the route handler answers without the database, against a
 * static-file miss that Next's router answers alone. It explains the API/driver ratio of the cheapest actions.
 */
export async function measureServerFloor(origin: string, options: MeasureOptions): Promise<ActionResult> {
  return measure('server floor', () => bodySize(origin, '/api/search?q=x&limit=none'), () => bodySize(origin, STATIC_MISS), options);
}

/**
 * The lowest a route can reach in Next: the `405` its route pipeline answers for a method the route has not
 * (`GET /api/import`), running no code of the app, against the same static-file miss.
 */
export async function measureRoutePipeline(origin: string, options: MeasureOptions): Promise<ActionResult> {
  return measure("Next's route pipeline", () => bodySize(origin, '/api/import'), () => bodySize(origin, STATIC_MISS), options);
}

const STATIC_MISS = '/_next/static/parley-bench-missing.js';

async function bodySize(origin: string, path: string): Promise<number> {
  const response = await fetch(`${origin}${path}`);
  return (await response.arrayBuffer()).byteLength;
}

export async function runActions(api: ApiClient, inputs: Inputs, principal: Principal, options: MeasureOptions, quick: boolean): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  const run = async (...args: Parameters<typeof measure>) => {
    log(`measuring ${args[0]}…`);
    const result = await measure(...args);
    results.push(result);
  };
  const opts = (budgetScale = 1): MeasureOptions => ({ ...options, budgetMs: options.budgetMs * budgetScale * (quick ? 0.3 : 1) });

  // The first thing every analyst sees: the overview's picture, which the page at `/` reads.
  await run('overview (the first page)', () => api.get('/api/view'), () => getViewPicture({ ...DEFAULT_VIEW }), opts());
  await run(
    'search (prefix, folded)',
    (i) => api.get(`/api/search?q=${q(at(SEARCH_PREFIXES, i))}&limit=10`),
    (i) => searchActors({ query: at(SEARCH_PREFIXES, i), limit: 10 }),
    opts(),
    `prefixes ${SEARCH_PREFIXES.join(', ')}`,
  );
  await run(
    'actor details',
    (i) => api.get(`/api/actors/${at(inputs.actors, i)}`),
    (i) => getActorProfile({ id: at(inputs.actors, i) }),
    opts(),
  );
  for (const hops of [1, 2] as const) {
    await run(
      `expand preview ${hops}-hop (per type)`,
      (i) => api.get(`/api/actors/${at(inputs.actors, i)}/neighbours/preview?hops=${hops}`),
      (i) => getExpandPreview({ actorId: at(inputs.actors, i), hops }),
      opts(hops),
      undefined,
      reached,
    );
    await run(
      `expand ${hops}-hop (150 best-connected)`,
      (i) => api.get(`/api/actors/${at(inputs.actors, i)}/neighbours?hops=${hops}&limit=150`),
      (i) => getNeighbourhood({ actorId: at(inputs.actors, i), hops, connections: null, limit: 150 }),
      opts(hops),
      undefined,
      reached,
    );
  }
  await run(
    'view of a shared link (~200 elements)',
    (i) => api.get(`/api/view?a=${at(inputs.views, i).join(',')}`),
    (i) => getViewPicture({ ...DEFAULT_VIEW, actors: at(inputs.views, i) }),
    opts(),
    `views of ${inputs.viewElements.join(', ')} elements`,
  );
  // "Show only this neighbourhood" of a hub: before folding, its 150 best-connected neighbours with every claim; now,
  // as many as one readable picture holds, folded as drawn. The same 151 actors folded show what folding alone saves.
  const hubRows = [
    { name: "hub's neighbourhood as shown now (readable, folded)", views: inputs.readableHubViews, fold: null },
    { name: "hub's 150 neighbours, folded as drawn", views: inputs.hubViews, fold: null },
    { name: "hub's 150 neighbours, every claim (as before)", views: inputs.hubViews, fold: 'claims' as const },
  ];
  await run(
    '"Show only this neighbourhood" of a hub',
    (i) => api.get(`/api/actors/${at(inputs.hubViews, i)[0]}/neighbours?hops=1&limit=${EXPAND_CAP}&readable=1`),
    (i) => getNeighbourhood({ actorId: at(inputs.hubViews, i)[0]!, hops: 1, connections: null, limit: EXPAND_CAP, readable: true }),
    opts(2),
    `the ${inputs.hubViews.length} best-connected actors: the neighbours one readable picture of each holds`,
  );
  for (const { name, views, fold } of hubRows) {
    await run(
      name,
      (i) => api.get(`/api/view?a=${at(views, i).join(',')}${fold ? `&fold=${fold}` : ''}`),
      (i) => getViewPicture({ ...DEFAULT_VIEW, actors: at(views, i), fold }),
      opts(2),
      `the ${views.length} best-connected actors, with ${views.map((view) => view.length - 1).join('/')} neighbours`,
    );
  }
  await run(
    'shared link page `/?a=…` (server render)',
    (i) => api.get(`/?a=${at(inputs.views, i).join(',')}`),
    (i) => getViewPicture({ ...DEFAULT_VIEW, actors: at(inputs.views, i) }),
    opts(),
    'API: the HTML of the page with its prefetched data; driver: the read it makes',
  );
  await run(
    'shortest paths (2 random actors)',
    (i) => api.get(`/api/paths?from=${at(inputs.pairs, i)[0]}&to=${at(inputs.pairs, i)[1]}&maxHops=6&limit=5`),
    (i) => findPaths({ from: at(inputs.pairs, i)[0], to: at(inputs.pairs, i)[1], maxHops: 6, limit: 5, connections: null, minReliability: null, tiesOnly: false }),
    opts(2),
  );
  await run(
    'meetings in a date range (3 months)',
    (i) => api.get(`/api/meetings?from=${at(inputs.ranges, i)[0]}&to=${at(inputs.ranges, i)[1]}&limit=500`),
    (i) => getMeetingTimeline({ from: at(inputs.ranges, i)[0], to: at(inputs.ranges, i)[1], limit: 500 }),
    opts(),
  );
  const tieBody = (i: number, way: string) => ({
    type: at(TIE_TYPE_NAMES, i),
    subjectId: at(inputs.pairs, i)[0],
    objectId: at(inputs.pairs, i)[0] === at(inputs.pairs, i)[1] ? at(inputs.actors, i) : at(inputs.pairs, i)[1],
    confidence: 'moderate',
    summary: `bench ${way} ${i}`,
    citations: [{ source: { id: at(inputs.sources, i) }, quote: `Benchmark quote ${i}.`, credibility: 3 }],
  });
  await run(
    'create a tie with a citation',
    (i) => api.post('/api/ties', tieBody(i, 'api')),
    async (i) => (await createTie({ input: tieInputSchema.parse(tieBody(i, 'driver')), principal, idempotency: null })).body,
    opts(),
    'writes: each run adds a tie (and its revision), removed again after the measurement',
  );
  // The stored data set stays as generated, so that later runs measure the same graph: the ties go, and the degrees
  // they added to their actors with them.
  const session = getDriver().session();
  try {
    await session.executeWrite(async (tx) => {
      const made = await tx.run(
        `MATCH (r:Tie) WHERE r.summary STARTS WITH 'bench api ' OR r.summary STARTS WITH 'bench driver '
         MATCH (r)-[:SUBJECT|OBJECT]->(a:Actor)
         RETURN collect(DISTINCT a.id) AS actorIds`,
      );
      await tx.run(
        `MATCH (r:Tie) WHERE r.summary STARTS WITH 'bench api ' OR r.summary STARTS WITH 'bench driver '
         OPTIONAL MATCH (revision:Revision)-[:OF]->(r)
         DETACH DELETE revision, r`,
      );
      await recountDegrees(tx, made.records[0]?.get('actorIds') ?? []);
    });
  } finally {
    await session.close();
  }
  return results;
}
