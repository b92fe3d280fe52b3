import { describe, expect, it } from 'vitest';
import { layoutPreview } from './preview-layout';
import type { GraphData } from './graph';

const graph: GraphData = {
  actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), kind: 'state' as const, aliases: [] })),
  ties: [],
  meetings: [
    {
      id: 'm',
      title: 'M',
      kind: 'visit',
      date: null,
      participants: [
        { actorId: 'a', role: 'host' },
        { actorId: 'b', role: 'party' },
      ],
      citationCount: 1,
      bestReliability: null,
    },
  ],
};
const size = { width: 1000, height: 500, margin: 50 };

describe('layoutPreview', () => {
  it('fits every node inside the picture, margins kept', () => {
    const { nodes, edges } = layoutPreview(graph, size);
    expect(nodes).toHaveLength(4);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThanOrEqual(50);
      expect(node.x).toBeLessThanOrEqual(950);
      expect(node.y).toBeGreaterThanOrEqual(50);
      expect(node.y).toBeLessThanOrEqual(450);
    }
    expect(edges).toHaveLength(2);
  });

  it('keeps a snapshot’s arrangement, scaled', () => {
    const positions = { 'actor:a': { x: 0, y: 0 }, 'actor:b': { x: 100, y: 0 }, 'actor:c': { x: 200, y: 100 }, 'meeting:m': { x: 50, y: 0 } };
    const { nodes } = layoutPreview(graph, size, positions);
    const at = (id: string) => nodes.find((node) => node.id === id)!;
    expect(at('a').x).toBeLessThan(at('b').x);
    expect(at('b').x).toBeLessThan(at('c').x);
    expect(at('a').y).toBe(at('b').y);
    expect(at('c').y).toBeGreaterThan(at('a').y);
  });
});
