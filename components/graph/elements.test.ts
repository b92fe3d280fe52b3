import { describe, expect, it } from 'vitest';
import { elementRef, participationId } from '@/lib/element-refs';
import { foldGraph } from '@/lib/fold';
import type { GraphData } from '@/lib/graph';
import { graphActor, graphMeeting, graphTie } from '@/lib/graph.testing';
import { lineWidth, toElements } from './elements';

const graph: GraphData = {
  actors: ['israel', 'hamas', 'qatar', 'egypt'].map((id) => graphActor(id)),
  ties: [
    ...['t1', 't2', 't3'].map((id) => graphTie(id, { subjectId: 'israel', objectId: 'hamas', type: 'ATTACKS', since: '2024-07-31' })),
    graphTie('t4', { subjectId: 'qatar', objectId: 'hamas', type: 'MEDIATES_FOR' }),
  ],
  meetings: [graphMeeting('doha-talks', ['qatar', 'egypt', 'hamas', 'somebody-not-in-view'], { title: 'Doha talks', date: '2024-08-15' })],
};

const byId = (elements: ReturnType<typeof toElements>) => new Map(elements.map((element) => [element.data.id!, element.data]));

describe('toElements', () => {
  const elements = byId(toElements(foldGraph(graph, 'type')));

  it('draws three claims of one type and direction as one line that says how many, wider than one', () => {
    const attacks = elements.get(elementRef.ties('israel', 'hamas', 'ATTACKS'));
    expect(attacks).toMatchObject({ source: elementRef.actor('israel'), target: elementRef.actor('hamas'), count: 3, arrows: 'forward' });
    expect(attacks?.width).toBeGreaterThan(lineWidth(1));
    expect(elements.get(elementRef.tie('t4'))).toMatchObject({ count: 1, family: 'verbal-cooperation' });
  });

  it('ranks the best-connected actor first, so its label is the first to show, and sizes it largest', () => {
    const hamas = elements.get(elementRef.actor('hamas'));
    expect(hamas?.rank).toBe(0);
    for (const other of ['israel', 'qatar', 'egypt']) expect(hamas?.size).toBeGreaterThanOrEqual(elements.get(elementRef.actor(other))?.size);
  });

  it('draws a meeting of three as a node linked to each participant in view, and to no one outside it', () => {
    expect(elements.get(elementRef.meeting('doha-talks'))).toMatchObject({ element: 'meeting', label: 'Doha talks' });
    for (const present of ['qatar', 'egypt', 'hamas']) {
      expect(elements.get(participationId('doha-talks', present))).toMatchObject({ source: elementRef.meeting('doha-talks'), target: elementRef.actor(present) });
    }
    expect(elements.has(participationId('doha-talks', 'somebody-not-in-view'))).toBe(false);
  });

  it('never draws a line to an actor that is not in view', () => {
    const partial = toElements({ ...foldGraph(graph, 'type'), actors: foldGraph(graph, 'type').actors.filter((a) => a.id !== 'israel') });
    expect(partial.some((element) => element.data.source === elementRef.actor('israel') || element.data.target === elementRef.actor('israel'))).toBe(false);
  });
});

describe('lineWidth', () => {
  it('grows with the log of the claims and stops at 9 px', () => {
    expect(lineWidth(1)).toBe(1.5);
    expect(lineWidth(8)).toBeCloseTo(5.1);
    expect(lineWidth(10_000)).toBe(9);
  });
});
