import { describe, expect, it } from 'vitest';
import { elementRef } from '@/lib/element-refs';
import { foldGraph } from '@/lib/fold';
import { graphActor, graphTie } from '@/lib/graph.testing';
import { communities } from '@/lib/communities';
import { measureGraph, viewGraph } from '@/lib/measures';
import { actorAppearance } from './appearance';
import { toElements } from './elements';
import { COMMUNITY_COLOURS, MEASURE_RAMP, OTHER_COMMUNITY_COLOUR } from './visual-style';

// Two triangles joined through a bridge actor, and one actor tied to no one.
const view = foldGraph(
  {
    actors: ['a1', 'a2', 'a3', 'bridge', 'b1', 'b2', 'b3', 'alone'].map((id) => graphActor(id, { name: id.toUpperCase() })),
    ties: [
      ['a1', 'a2'],
      ['a2', 'a3'],
      ['a3', 'a1'],
      ['a1', 'bridge'],
      ['bridge', 'b1'],
      ['b1', 'b2'],
      ['b2', 'b3'],
      ['b3', 'b1'],
    ].map(([subjectId, objectId], index) => graphTie(`t${index}`, { type: 'SUPPORTS', subjectId, objectId })),
    meetings: [],
  },
  'type',
);
const network = viewGraph(view);
const measures = measureGraph(network);
const name = (id: string) => id.toUpperCase();

describe('what sizes and colours the actors', () => {
  it('sizes by the measure chosen and gives the first labels to its highest', () => {
    const { appearance, legend } = actorAppearance({ measures, split: null, size: 'betweenness', colour: 'kind', name });
    expect(legend?.size).toEqual({ measure: 'betweenness', highest: { name: 'BRIDGE', value: expect.any(Number) } });
    expect(legend?.colour).toBeNull();
    const nodes = new Map(toElements(view, appearance).map((element) => [element.data.id, element.data]));
    expect(nodes.get(elementRef.actor('bridge'))).toMatchObject({ rank: 0, size: 42 });
    // No shortest chain runs through a triangle's far corners: the smallest size.
    expect(nodes.get(elementRef.actor('a2'))?.size).toBe(20);
    expect(appearance.fill).toBeNull();
  });

  it('colours by community, names each by its best-connected members, and greys those of one actor', () => {
    const { appearance, legend } = actorAppearance({ measures, split: communities(network), size: 'lines', colour: 'community', name });
    expect(legend?.size).toBeNull();
    if (legend?.colour?.by !== 'community') throw new Error('expected communities');
    // The bridge joins one triangle, which is then the larger, named first.
    expect(legend.colour.communities.map((community) => community.actors)).toEqual([4, 3]);
    expect(legend.colour.communities.map((community) => community.names[0]).sort()).toEqual(['A1', 'B1']);
    expect(legend.colour.communities.map((community) => community.colour)).toEqual(COMMUNITY_COLOURS.slice(0, 2));
    expect(legend.colour.others).toEqual({ communities: 1, actors: 1 });
    expect(appearance.fill?.get('a2')).toBe(appearance.fill?.get('a3'));
    expect(appearance.fill?.get('a2')).not.toBe(appearance.fill?.get('b2'));
    expect(appearance.fill?.get('alone')).toBe(OTHER_COMMUNITY_COLOUR);
  });

  it('colours by a measure in fifths of its highest, darkest for the highest', () => {
    const { appearance, legend } = actorAppearance({ measures, split: null, size: 'lines', colour: 'closeness', name });
    if (legend?.colour?.by !== 'measure') throw new Error('expected a measure');
    expect(legend.colour.steps.map((step) => step.colour)).toEqual([...MEASURE_RAMP]);
    expect(legend.colour.steps.at(-1)?.to).toBeCloseTo(Math.max(...measures.values.closeness));
    expect(appearance.fill?.get('bridge')).toBe(MEASURE_RAMP.at(-1));
    expect(appearance.fill?.get('alone')).toBe(MEASURE_RAMP[0]);
  });

  it('draws kinds as before when nothing is chosen', () => {
    expect(actorAppearance({ measures: null, split: null, size: 'lines', colour: 'kind', name })).toEqual({ appearance: { sizeBy: null, fill: null }, legend: null });
  });
});
