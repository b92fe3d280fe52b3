import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_STYLE, MEETING_STYLE } from '../graph/visual-style';
import { previewShape } from './shapes';

describe('previewShape', () => {
  it('has a drawing of its own for every shape the canvas gives an actor kind or a meeting', () => {
    for (const { shape } of [...Object.values(ACTOR_KIND_STYLE), MEETING_STYLE]) expect(previewShape(shape), shape).not.toBeNull();
  });

  it('draws each shape with its corners, not as a square or a circle', () => {
    const corners = (shape: string) => {
      const drawn = previewShape(shape);
      return drawn?.element === 'polygon' ? drawn.points.length : drawn?.element;
    };
    expect(corners('hexagon')).toBe(6);
    expect(corners('octagon')).toBe(8);
    expect(corners('diamond')).toBe(4);
    expect(corners('star')).toBe(10);
    expect(corners('ellipse')).toBe('ellipse');
    expect(previewShape('round-rectangle')).toEqual({ element: 'rect', rounded: true });
    expect(previewShape('no-such-shape')).toBeNull();
  });

  it('fills the node’s box, as Cytoscape does, with a star’s point at the top', () => {
    for (const shape of ['hexagon', 'octagon', 'star', 'triangle']) {
      const drawn = previewShape(shape);
      if (drawn?.element !== 'polygon') throw new Error(shape);
      const xs = drawn.points.map(([x]) => x);
      const ys = drawn.points.map(([, y]) => y);
      expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => v.toFixed(6))).toEqual(['-1.000000', '1.000000', '-1.000000', '1.000000']);
    }
    const star = previewShape('star');
    expect(star?.element === 'polygon' && star.points[0]![0]).toBeCloseTo(0);
    expect(star?.element === 'polygon' && star.points[0]![1]).toBe(-1);
  });
});
