import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { useDemoDatabase } from '../testing/demo-database';
import { importRecords } from '../testing/import';
import { OVERVIEW_MAX_ACTORS, OVERVIEW_MIN_ACTORS } from '../../lib/overview';
import { DEFAULT_VIEW } from '../../lib/view-state';
import { DEMO_SOURCE } from '../seed/demo';
import { getActorProfile } from './actors';
import { getOverviewGraph, getViewGraph, getViewPicture } from './graph';
import { getExpandPreview, getNeighbourhood } from './neighbours';
import { findPaths } from './paths';
import { getTieDetails } from './ties';

describe('getOverviewGraph (against Neo4j)', () => {
  useDemoDatabase();

  it('returns the whole demo graph as plain objects', async () => {
    const graph = await getOverviewGraph({ limit: 200 });
    expect(graph.actors).toHaveLength(11);
    expect(graph.ties).toHaveLength(14);
    expect(graph.meetings).toHaveLength(2);
    // Plain JSON: what React and the API receive has no driver types in it.
    expect(JSON.parse(JSON.stringify(graph))).toEqual(graph);
    expect(graph.ties.find((tie) => tie.id === 'israel-assassinates-ismail-haniyeh')).toEqual({
      id: 'israel-assassinates-ismail-haniyeh',
      type: 'ASSASSINATES',
      family: 'material-conflict',
      subjectId: 'israel',
      objectId: 'ismail-haniyeh',
      since: null,
      until: null,
      confidence: 'high',
      citationCount: 1,
      bestReliability: 'F',
      cameoCode: null,
    });
    const multilateral = graph.meetings.find((meeting) => meeting.id === 'multilateral-intelligence-diplomacy');
    expect(multilateral).toMatchObject({ citationCount: 2, bestReliability: 'F' });
    expect(multilateral?.participants).toHaveLength(6);
    expect(multilateral?.participants).toContainEqual({ actorId: 'united-states', role: 'participant' });
  });

  it('keeps a connected core of the best-connected actors when limited, and only claims among them', async () => {
    const graph = await getOverviewGraph({ limit: 3 });
    expect(graph.actors.map((actor) => actor.id)).toEqual(['israel', 'hamas', 'mit']);
    const ids = new Set(graph.actors.map((actor) => actor.id));
    for (const tie of graph.ties) expect(ids.has(tie.subjectId) && ids.has(tie.objectId)).toBe(true);
    // The multilateral talks connect all three, and list only them.
    expect(graph.meetings.map((meeting) => meeting.id)).toEqual(['multilateral-intelligence-diplomacy']);
    expect(graph.meetings[0]?.participants.map((participant) => participant.actorId).sort()).toEqual(['hamas', 'israel', 'mit']);
    expect(graph.overview).toEqual({ actorsInGraph: 11, leftOut: 0 });
  });

  it('draws no meeting that only one actor in view attended', async () => {
    // Ismail Haniyeh ranks high enough to be in view (seventh by the graph's PageRank), İbrahim Kalın (his only
    // fellow participant) does not.
    const graph = await getOverviewGraph({ limit: 7 });
    const ids = graph.actors.map((actor) => actor.id);
    expect(ids).toContain('ismail-haniyeh');
    expect(ids).not.toContain('ibrahim-kalin');
    expect(graph.meetings.map((meeting) => meeting.id)).not.toContain('kalin-haniyeh-meetings');
  });

  it('leaves out best-connected actors that have no line to the others, instead of drawing them apart', async () => {
    // Forty hubs, each tied to the eight after it, are the largest connected part; the demo's eleven actors, a part
    // of their own, rank among them too.
    const hubs = Array.from({ length: 40 }, (_, index) => `hub-${String(index).padStart(2, '0')}`);
    await importRecords({
      sources: [{ id: DEMO_SOURCE.id, title: DEMO_SOURCE.title, reliability: DEMO_SOURCE.reliability }],
      actors: hubs.map((id) => ({ id, name: id, kind: 'state' as const })),
      ties: hubs.flatMap((a, i) =>
        hubs
          .slice(i + 1, i + 9)
          .map((b) => ({ id: `${a}-${b}`, type: 'SUPPORTS', subjectId: a, objectId: b, confidence: 'low' as const, sourceId: DEMO_SOURCE.id, quote: 'q' })),
      ),
    });
    const graph = await getOverviewGraph({ limit: 200 });
    expect(graph.actors.length).toBeGreaterThanOrEqual(OVERVIEW_MIN_ACTORS);
    expect(graph.actors.length).toBeLessThanOrEqual(OVERVIEW_MAX_ACTORS);
    expect(graph.actors.every((actor) => actor.id.startsWith('hub-'))).toBe(true);
    // Every actor shown has a tie with another one shown.
    const linked = new Set(graph.ties.flatMap((tie) => [tie.subjectId, tie.objectId]));
    expect(graph.actors.every((actor) => linked.has(actor.id))).toBe(true);
    expect(graph.overview.actorsInGraph).toBe(51);
  });
});

describe('getViewGraph (against Neo4j)', () => {
  const db = useDemoDatabase();

  it('shows the actors asked for, the ties among them, and says which ids it dropped', async () => {
    const view = await getViewGraph({ actorIds: ['qatar', 'hamas', 'israel', 'nobody-at-all'] });
    expect(view.actors.map((actor) => actor.id)).toEqual(['hamas', 'israel', 'qatar']);
    expect(view.ties.map((tie) => tie.id)).toEqual([
      'israel-negotiates-with-hamas',
      'qatar-mediates-for-hamas',
      'qatar-mediates-for-israel',
    ]);
    expect(view.missing).toEqual(['nobody-at-all']);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('draws a meeting once two of its participants are in view, listing only those', async () => {
    expect((await getViewGraph({ actorIds: ['united-states', 'turkey'] })).meetings).toEqual([]);
    const view = await getViewGraph({ actorIds: ['united-states', 'qatar', 'turkey'] });
    expect(view.meetings).toHaveLength(1);
    expect(view.meetings[0]).toMatchObject({ id: 'multilateral-intelligence-diplomacy', citationCount: 2 });
    expect(view.meetings[0]?.participants).toEqual([
      { actorId: 'qatar', role: 'mediator' },
      { actorId: 'united-states', role: 'participant' },
    ]);
    expect(view.ties).toEqual([]);
  });

  it('answers an empty view for no ids', async () => {
    expect(await getViewGraph({ actorIds: [] })).toEqual({ actors: [], ties: [], meetings: [], missing: [], cut: null });
  });

  it('leaves out deleted actors, ties and meetings, reporting deleted actors as missing', async () => {
    await db.run("MATCH (n:Actor {id: 'qatar'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Tie {id: 'israel-negotiates-with-hamas'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (n:Meeting {id: 'multilateral-intelligence-diplomacy'}) SET n.deletedAt = '2026-01-01T00:00:00Z'");
    const view = await getViewGraph({ actorIds: ['qatar', 'hamas', 'israel', 'egypt'] });
    expect(view.actors.map((actor) => actor.id)).toEqual(['egypt', 'hamas', 'israel']);
    expect(view.missing).toEqual(['qatar']);
    expect(view.ties.map((tie) => tie.id)).toEqual(['egypt-mediates-for-hamas', 'egypt-mediates-for-israel']);
    expect(view.meetings).toEqual([]);
  });
});

describe('a tie whose stored type the taxonomy does not hold (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });
  let warn: MockInstance<typeof console.warn>;
  beforeEach(async () => {
    // Written by hand, or by a Parley whose taxonomy had the type: nothing Parley writes now can store it.
    await db.run(
      `MATCH (s:Actor {id: 'israel'}), (o:Actor {id: 'hamas'}), (source:Source {id: $sourceId})
       CREATE (r:Tie {id: 'israel-opposes-hamas', type: 'OPPOSES', subjectId: 'israel', objectId: 'hamas', confidence: 'low', version: 1})
       CREATE (r)-[:SUBJECT]->(s), (r)-[:OBJECT]->(o), (r)-[:CITES {quote: 'Israël s’oppose au Hamas', credibility: 3}]->(source)`,
      { sourceId: DEMO_SOURCE.id },
    );
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('is left out of the picture a page and its preview title draw, which shows the rest, and the server names it', async () => {
    const overview = await getViewPicture(DEFAULT_VIEW);
    expect(overview.actors).toHaveLength(11);
    expect(overview.claims).toEqual({ ties: 14, meetings: 2 });
    expect(overview.lines.flatMap((line) => line.claimIds)).not.toContain('israel-opposes-hamas');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('israel-opposes-hamas (OPPOSES)'));
  });

  it('opens as a tie Parley cannot show, and is not listed beside the other claims about its pair', async () => {
    await expect(getTieDetails({ id: 'israel-opposes-hamas' })).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('type') });
    expect((await getTieDetails({ id: 'israel-negotiates-with-hamas' })).samePair).toEqual([]);
  });

  it('is not among the ties of its actors', async () => {
    const { ties } = await getActorProfile({ id: 'hamas' });
    expect(ties.map((tie) => tie.id)).toContain('israel-negotiates-with-hamas');
    expect(ties.map((tie) => tie.id)).not.toContain('israel-opposes-hamas');
  });

  it('is no kind of connection an expansion offers, and reaches no neighbour', async () => {
    const preview = await getExpandPreview({ actorId: 'israel', hops: 1 });
    expect(preview.byConnection.map((entry) => entry.connection)).not.toContain('OPPOSES');
    await db.run("MATCH (t:Tie) WHERE t.subjectId IN ['israel', 'hamas'] AND t.objectId IN ['israel', 'hamas'] AND t.id <> 'israel-opposes-hamas' SET t.deletedAt = '2026-01-01T00:00:00Z'");
    await db.run("MATCH (m:Meeting {id: 'multilateral-intelligence-diplomacy'}) SET m.deletedAt = '2026-01-01T00:00:00Z'");
    const { actorIds } = await getNeighbourhood({ actorId: 'israel', hops: 1, connections: null, limit: 150 });
    expect(actorIds).not.toContain('hamas');
  });

  it('is no step of a path', async () => {
    const { paths } = await findPaths({ from: 'israel', to: 'hamas', maxHops: 1, limit: 5, connections: null, minReliability: null, tiesOnly: false });
    const steps = paths.map((path) => path.steps.map((step) => (step.via === 'tie' ? step.tie.id : step.meeting.id)));
    expect(steps.sort()).toEqual([['israel-negotiates-with-hamas'], ['multilateral-intelligence-diplomacy']]);
  });
});
