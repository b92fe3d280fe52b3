import { describe, expect, it } from 'vitest';
import { DEMO_ACTORS, DEMO_MEETINGS, DEMO_TIES } from '../db/seed/demo';
import { foldGraph } from './fold';
import type { GraphData } from './graph';
import { graphActor, graphMeeting, graphTie } from './graph.testing';
import { elementRef, participationId } from './element-refs';
import { communities } from './communities';
import {
  communityMembers,
  degrees,
  measureById,
  measureGraph,
  pageRank,
  pairElementIds,
  pairGraph,
  pathMeasures,
  rankBrokers,
  viewGraph,
} from './measures';

/** The demo data as the explorer's first view draws it: every actor, every claim, folded by type. */
function demoView() {
  const graph: GraphData = {
    actors: DEMO_ACTORS.map((actor) => graphActor(actor.id, { name: actor.name, kind: actor.kind })),
    ties: DEMO_TIES.map((tie) => graphTie(tie.id, { type: tie.type, subjectId: tie.subjectId, objectId: tie.objectId })),
    meetings: DEMO_MEETINGS.map((meeting) => ({ ...graphMeeting(meeting.id, []), title: meeting.title, participants: meeting.participants })),
  };
  return foldGraph(graph, null);
}

const pairsOf = (list: [string, string, number?][]) => list.map(([a, b, weight = 1]) => ({ a, b, weight }));
const rounded = (values: Float64Array) => [...values].map((value) => Math.round(value * 1000) / 1000);

describe('the network of a view', () => {
  it('makes one weighted pair of all the lines between two actors, and links a meeting node’s participants two by two', () => {
    const view = foldGraph(
      {
        actors: ['a', 'b', 'c', 'd'].map((id) => graphActor(id)),
        ties: [
          graphTie('t1', { type: 'ATTACKS', subjectId: 'a', objectId: 'b' }),
          graphTie('t2', { type: 'ATTACKS', subjectId: 'a', objectId: 'b' }),
          graphTie('t3', { type: 'CRITICIZES', subjectId: 'b', objectId: 'a' }),
        ],
        meetings: [graphMeeting('m', ['b', 'c', 'd'])],
      },
      'type',
    );
    expect(view.lines).toHaveLength(2);
    const graph = viewGraph(view);
    expect([...degrees(graph)]).toEqual([1, 3, 2, 2]);
    const neighboursOfA = graph.targets.subarray(graph.offsets[0]!, graph.offsets[1]!);
    expect([...neighboursOfA]).toEqual([1]);
    expect(graph.weights[graph.offsets[0]!]).toBe(3);
    expect(pairElementIds(view, 'b', 'c').canvasIds).toEqual(['meeting:m', participationId('m', 'b'), participationId('m', 'c')]);
    expect(pairElementIds(view, 'a', 'b').lines).toEqual([elementRef.ties('a', 'b', 'ATTACKS'), 'tie:t3']);
  });

  it('finds the centre of a star and the middle of a chain', () => {
    const star = pairGraph(['hub', 'x', 'y', 'z'], pairsOf([['hub', 'x'], ['hub', 'y'], ['hub', 'z']]));
    const { betweenness, closeness } = pathMeasures(star);
    expect(rounded(betweenness)).toEqual([1, 0, 0, 0]);
    expect(rounded(closeness)).toEqual([1, 0.667, 0.667, 0.667]);
    const chain = pairGraph(['a', 'b', 'c', 'd', 'e'], pairsOf([['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']]));
    // b lies between a and each of c, d, e: 3 of the 6 pairs of the others; c between 4 of them.
    expect(rounded(pathMeasures(chain).betweenness)).toEqual([0, 0.5, 0.667, 0.5, 0]);
  });

  it('splits a shortest chain shared by two routes between them', () => {
    const square = pairGraph(['a', 'b', 'c', 'd'], pairsOf([['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']]));
    // a–d goes through b or c: half a pair each, of the 3 pairs without b.
    expect(rounded(pathMeasures(square).betweenness)).toEqual([0.167, 0.167, 0.167, 0.167]);
  });

  it('gives PageRank summing to 1, more to the heavier side, and the same rank to actors alike', () => {
    const graph = pairGraph(['a', 'b', 'c', 'lonely'], pairsOf([['a', 'b', 10], ['a', 'c', 1]]));
    const { ranks } = pageRank(graph);
    expect([...ranks].reduce((sum, rank) => sum + rank, 0)).toBeCloseTo(1, 6);
    expect(ranks[1]!).toBeGreaterThan(ranks[2]!);
    expect(ranks[0]!).toBeGreaterThan(ranks[1]!);
    const symmetric = pageRank(pairGraph(['x', 'y', 'z'], pairsOf([['x', 'y'], ['y', 'z'], ['z', 'x']]))).ranks;
    expect(rounded(symmetric)).toEqual([0.333, 0.333, 0.333]);
  });

  it('finds two communities joined by one pair, the same way every time', () => {
    const clique = (members: string[]) => members.flatMap((a, i) => members.slice(i + 1).map((b) => [a, b] as [string, string]));
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3'];
    const graph = pairGraph(ids, pairsOf([...clique(['a1', 'a2', 'a3', 'a4']), ...clique(['b1', 'b2', 'b3']), ['a1', 'b1']]));
    const split = communities(graph);
    expect(split.count).toBe(2);
    expect([...split.community]).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect([...communities(graph).community]).toEqual([...split.community]);
    const members = communityMembers(graph, split, degrees(graph));
    expect(members.map((nodes) => ids[nodes[0]!])).toEqual(['a1', 'b1']);
  });
});

describe('the brokers of the demo view', () => {
  const view = demoView();
  const measures = measureGraph(viewGraph(view));
  const brokers = rankBrokers(measures.graph, measures.values.betweenness, measures.values.degree);

  it('ranks MİT or Turkey among the three first', () => {
    const firstThree = brokers.slice(0, 3).map((broker) => broker.id);
    expect(firstThree.some((id) => id === 'mit' || id === 'turkey')).toBe(true);
    expect(firstThree).toContain('mit');
  });

  it('says between whom MİT brokers: İbrahim Kalın, whom only MİT links to Turkey, first', () => {
    const mit = brokers.find((broker) => broker.id === 'mit')!;
    expect(mit.pairs[0]).toEqual({ a: 'ibrahim-kalin', b: 'turkey', otherwise: 4 });
    expect(mit.pairCount).toBeGreaterThanOrEqual(3);
    for (const pair of mit.pairs) expect(pair.otherwise === null || pair.otherwise > 2).toBe(true);
  });

  it('gives every actor a value for each measure', () => {
    for (const measure of ['degree', 'betweenness', 'closeness', 'pagerank'] as const) {
      expect(measureById(measures, measure).size).toBe(DEMO_ACTORS.length);
    }
    expect(measureById(measures, 'degree').get('mit')).toBe(7);
  });
});
