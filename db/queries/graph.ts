import 'server-only';
import { int, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../../lib/errors';
import { sampleLine } from '../../lib/fold';
import type { GraphActor, GraphData, LineClaims, OverviewGraph, OverviewSummary, ViewGraph, ViewPicture } from '../../lib/graph';
import { chooseOverviewCore, type ClaimEnds } from '../../lib/overview';
import { pictureOf, samplePicture } from '../../lib/picture';
import { OVERVIEW_LIMIT } from '../../lib/schemas/requests';
import { VIEW_CLAIM_BUDGET } from '../../lib/view-budget';
import type { ViewState } from '../../lib/view-state';
import { readTransaction } from '../driver';
import { pageRankComputedAt } from '../measures/pagerank';
import { askForPageRankRefresh } from '../measures/refresh';
import { readChangeMarks } from './changes';
import { readCitations, readMeetings, readTies } from './claims';
import { actorsWithinBudget, readDegrees, readDegreesInOrder, type WithinBudget } from './view-budget';

/**
 * What ranks the overview's candidates: the whole graph's PageRank (db/measures/pagerank.ts) once it has been
 * computed, the live degree (db/commands/degrees.ts) before. Each is read in the order of its index, rather than
 * computed for every actor.
 */
const OVERVIEW_RANKING = {
  pagerank: `MATCH (a:Actor) WHERE a.pagerank >= 0 AND a.deletedAt IS NULL
             ORDER BY a.pagerank DESC, a.degree DESC, a.name
             LIMIT $limit
             RETURN a.id AS id`,
  degree: `MATCH (a:Actor) WHERE a.degree >= 0 AND a.deletedAt IS NULL
           ORDER BY a.degree DESC, a.name
           LIMIT $limit
           RETURN a.id AS id`,
} as const;

/**
 * The overview a first visit opens on: a connected core of the best-connected actors (lib/overview.ts), chosen
 * among the `limit` best-ranked, with every tie and meeting among them (folding makes them readable). The
 * candidates are those whose claims fit one picture's budget (lib/view-budget.ts), best-ranked first: on `large` the
 * 200 best-ranked hold hundreds of thousands of claims among them, and the core of 20 chosen from them alone 32,000.
 */
export async function getOverviewGraph({ limit }: { limit: number }): Promise<OverviewGraph> {
  return readTransaction(async (tx) => {
    const ranking = (await pageRankComputedAt(tx)) === null ? 'degree' : 'pagerank';
    // A graph never ranked (a database older than the measure): it is, soon.
    if (ranking === 'degree') askForPageRankRefresh();
    const result = await tx.run<{ id: string }>(OVERVIEW_RANKING[ranking], { limit: int(limit) });
    const ranked = result.records.map((record) => record.get('id'));
    const within = await actorsWithinBudget(tx, await readDegreesInOrder(tx, ranked), VIEW_CLAIM_BUDGET);
    const candidates = await readClaimEndsWithin(tx, within);
    const choice = chooseOverviewCore(within.actorIds, [...candidates.ties, ...candidates.meetings], { partOfGraph: within.cut !== null });
    const chosen = new Set(choice.actorIds);
    const among = (claim: ClaimEnds) => claim.actorIds.filter((id) => chosen.has(id)).length >= 2;
    // Kept in rank order, so that the best-connected come first.
    const byId = new Map((await readGraphActors(tx, choice.actorIds)).map((actor) => [actor.id, actor]));
    return {
      actors: choice.actorIds.flatMap((id) => byId.get(id) ?? []),
      ties: await readTies(tx, candidates.ties.filter(among).map((tie) => tie.id)),
      meetings: await readMeetings(tx, candidates.meetings.filter(among).map((meeting) => meeting.id), choice.actorIds),
      // The candidates past the budget are left out as well: past what one picture holds.
      overview: { actorsInGraph: await countLiveActors(tx), leftOut: choice.leftOut + (within.cut?.actorIds.length ?? 0) },
    };
  });
}

/**
 * The claims among the actors a budget kept, by id and the actors of them each links: from the ids found while
 * counting them (the meetings' participants among those actors read now), or found now when not counted.
 */
async function readClaimEndsWithin(tx: ManagedTransaction, within: WithinBudget): Promise<{ ties: ClaimEnds[]; meetings: ClaimEnds[] }> {
  if (!within.claimIds) return readClaimEndsAmong(tx, within.actorIds);
  const result = await tx.run<{ ties: ClaimEnds[]; meetings: ClaimEnds[] }>(
    `RETURN
       COLLECT { UNWIND $ties AS id MATCH (r:Tie {id: id}) RETURN {id: r.id, actorIds: [r.subjectId, r.objectId]} } AS ties,
       COLLECT { UNWIND $meetings AS id MATCH (m:Meeting {id: id})
                 RETURN {id: m.id, actorIds: COLLECT { MATCH (m)-[:PARTICIPANT]->(p:Actor) WHERE p.id IN $actorIds RETURN DISTINCT p.id }} } AS meetings`,
    { ...within.claimIds, actorIds: within.actorIds },
  );
  const record = result.records[0];
  return { ties: record?.get('ties') ?? [], meetings: record?.get('meetings') ?? [] };
}

async function countLiveActors(tx: ManagedTransaction): Promise<number> {
  const result = await tx.run<{ count: number }>('MATCH (a:Actor) WHERE a.deletedAt IS NULL RETURN count(a) AS count');
  return result.records[0]?.get('count') ?? 0;
}

/**
 * The claims a view holds before filters: its chosen actors' (of which none is left out), or the overview's. What
 * the canvas draws, and a link's preview picture, read within `VIEW_CLAIM_BUDGET` (lib/view-budget.ts); exports read all.
 */
export async function getGraphOfView(
  view: Pick<ViewState, 'actors'>,
  { claimBudget = null }: { claimBudget?: number | null } = {},
): Promise<ViewGraph & { overview: OverviewSummary | null }> {
  if (view.actors === null) return { ...(await getOverviewGraph({ limit: OVERVIEW_LIMIT })), missing: [], cut: null };
  return { ...(await getViewGraph({ actorIds: view.actors, claimBudget })), overview: null };
}

/** What the canvas draws of a view (lib/picture.ts), with all of each line's claim ids. */
async function getFullPicture(view: ViewState): Promise<ViewPicture> {
  const graph = await getGraphOfView(view, { claimBudget: VIEW_CLAIM_BUDGET });
  return pictureOf(graph, view, { missing: graph.missing, overview: graph.overview, cut: graph.cut });
}

/**
 * What the canvas draws of a view: its claims filtered and folded, each line with its first claim ids, and what
 * of it changed since the view's `since`.
 */
export async function getViewPicture(view: ViewState): Promise<ViewPicture> {
  const picture = await getFullPicture(view);
  return samplePicture(view.since ? { ...picture, changes: await readChangeMarks(picture, view.since) } : picture);
}

export const LINE_PAGE_SIZE = 20;

/**
 * One line of a view and a page of its claims, newest first. The view is folded again, so that the claims listed
 * are exactly those the line drew (the same filters, the same actors, the same meetings left as nodes).
 */
export async function getLineClaims({ view, line: lineId, page }: { view: ViewState; line: string; page: number }): Promise<LineClaims> {
  const picture = await getFullPicture(view);
  const line = picture.lines.find((candidate) => candidate.id === lineId);
  if (!line) throw new AppError('not_found', 'This line is not in the view any more: its claims were changed, filtered out or hidden.');
  const pageCount = Math.max(1, Math.ceil(line.claimIds.length / LINE_PAGE_SIZE));
  const ids = line.claimIds.slice((page - 1) * LINE_PAGE_SIZE, page * LINE_PAGE_SIZE);
  const actors = new Map(picture.actors.map((actor) => [actor.id, actor]));
  const ends = [line.sourceId, line.targetId].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [{ id: actor.id, name: actor.name, kind: actor.kind }] : [];
  });
  return readTransaction(async (tx) => {
    const citations = await readCitations(tx, ids);
    const order = new Map(ids.map((id, index) => [id, index]));
    const claims: LineClaims['claims'] =
      line.kind === 'met'
        ? (await readMeetings(tx, ids)).map((meeting) => ({ kind: 'meeting', meeting, citations: citations.get(meeting.id) ?? [] }))
        : (await readTies(tx, ids)).map((tie) => ({ kind: 'tie', tie, citations: citations.get(tie.id) ?? [] }));
    claims.sort((a, b) => order.get(claimId(a))! - order.get(claimId(b))!);
    return { line: sampleLine(line), ends, total: line.claimIds.length, page, pageCount, claims };
  });
}

function claimId(claim: LineClaims['claims'][number]): string {
  return claim.kind === 'tie' ? claim.tie.id : claim.meeting.id;
}

/**
 * A view an analyst chose (and may share by link): the actors asked for, the ties among them and the meetings at
 * least two of them attended. Ids that name no actor, or a deleted one, come back in `missing` instead. With a
 * `claimBudget`, a view whose actors hold more claims than that shows only its best-connected actors, and says in
 * `cut` which it left out (db/queries/view-budget.ts).
 */
export async function getViewGraph({ actorIds, claimBudget = null }: { actorIds: string[]; claimBudget?: number | null }): Promise<ViewGraph> {
  return readTransaction(async (tx) => {
    const actors = await readGraphActors(tx, actorIds);
    const found = new Set(actors.map((actor) => actor.id));
    const missing = [...new Set(actorIds)].filter((id) => !found.has(id));
    if (claimBudget === null) return { actors, ...(await readClaimsAmong(tx, [...found])), missing, cut: null };
    const within = await actorsWithinBudget(tx, await readDegrees(tx, [...found]), claimBudget);
    const claims = await readClaimsWithin(tx, within);
    if (!within.cut) return { actors, ...claims, missing, cut: null };
    const byId = new Map(actors.map((actor) => [actor.id, actor]));
    const { actorIds: leftOut, ...counts } = within.cut;
    const kept = new Set(within.actorIds);
    return {
      actors: actors.filter((actor) => kept.has(actor.id)),
      ...claims,
      missing,
      cut: { ...counts, actors: leftOut.map((id) => ({ id, name: byId.get(id)!.name })) },
    };
  });
}

/** The claims among the actors a budget kept: by the ids found while counting them, or found now when not counted. */
export async function readClaimsWithin(tx: ManagedTransaction, within: WithinBudget): Promise<Omit<GraphData, 'actors'>> {
  if (!within.claimIds) return readClaimsAmong(tx, within.actorIds);
  return { ties: await readTies(tx, within.claimIds.ties), meetings: await readMeetings(tx, within.claimIds.meetings, within.actorIds) };
}

/** Actors by id, by name; unknown and deleted ids are left out. */
export async function readGraphActors(tx: ManagedTransaction, actorIds: string[]): Promise<GraphActor[]> {
  const result = await tx.run<GraphActor>(
    `MATCH (a:Actor) WHERE a.id IN $actorIds AND a.deletedAt IS NULL
     RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
     ORDER BY name, id`,
    { actorIds },
  );
  return result.records.map((record) => record.toObject());
}

/**
 * What the graph draws between a set of (existing) actors: the ties whose two ends are both in it, and the
 * meetings that at least two of them attended, listing only those participants. A meeting with one participant
 * in view would be a dangling shape with nothing to connect.
 */
async function readClaimsAmong(tx: ManagedTransaction, actorIds: string[]): Promise<Omit<GraphData, 'actors'>> {
  const { ties, meetings } = await readClaimEndsAmong(tx, actorIds);
  return {
    ties: await readTies(tx, ties.map((tie) => tie.id)),
    meetings: await readMeetings(tx, meetings.map((meeting) => meeting.id), actorIds),
  };
}

/** The ties and meetings `readClaimsAmong` draws, by id and the actors of the set they link, not yet read in full. */
async function readClaimEndsAmong(tx: ManagedTransaction, actorIds: string[]): Promise<{ ties: ClaimEnds[]; meetings: ClaimEnds[] }> {
  const ranked = await readDegrees(tx, actorIds);
  const best = ranked[0]?.id;
  // An actor with more ties than the view has actors ("a hub" here) costs less as a seek of its pair with each
  // actor of the view in the `tie_ends` index than as a walk of its ties; every other actor costs less walked.
  // Each tie is found once, from its subject. A seek of every pair alone grew as the square of the view (2.25
  // million seeks for 1,500 actors); a walk of every actor alone followed the hubs' thousands of ties.
  const hubs = ranked.filter(({ degree }) => degree > ranked.length).map(({ id }) => id);
  const walked = ranked.filter(({ degree }) => degree <= ranked.length).map(({ id }) => id);
  const result = await tx.run<{ ties: ClaimEnds[]; meetings: ClaimEnds[] }>(
    // Meetings are found from the actors' own, except the best-connected actor's, whose meetings with the others
    // are found from theirs (its own part in each checked from the meeting's side).
    `RETURN
       COLLECT { MATCH (s:Actor)<-[:SUBJECT]-(r:Tie)
                 WHERE s.id IN $walked AND r.objectId IN $actorIds AND r.deletedAt IS NULL
                 RETURN {id: r.id, actorIds: [r.subjectId, r.objectId]} }
       + COLLECT { MATCH (r:Tie) WHERE r.subjectId IN $hubs AND r.objectId IN $actorIds AND r.deletedAt IS NULL
                   RETURN {id: r.id, actorIds: [r.subjectId, r.objectId]} } AS ties,
       COLLECT { MATCH (m:Meeting)-[:PARTICIPANT]->(a:Actor)
                 WHERE a.id IN $others AND m.deletedAt IS NULL
                 WITH m, collect(DISTINCT a.id) AS present
                 WITH m, present + [best IN $best WHERE EXISTS { (m)-[:PARTICIPANT]->(:Actor {id: best}) }] AS present
                 WHERE size(present) >= 2
                 RETURN {id: m.id, actorIds: present} } AS meetings`,
    { actorIds, walked, hubs, best: best ? [best] : [], others: actorIds.filter((id) => id !== best) },
  );
  const record = result.records[0];
  return { ties: record?.get('ties') ?? [], meetings: record?.get('meetings') ?? [] };
}
